// The failure classes the tuning half of outside-2027-21 (credentials in notebooks' code cells and data-science scripts)
// showed, each as a class: values made up for these tests, never the corpus's.
import * as assert from "assert";
import { detect } from "../../policies/hygiene/detectors";

const creds = (v: string) => detect(v, { context: "script" }, "credential").map((f) => f.kind);

describe("hygiene: outside-2027-21 classes", () => {
    it("a shortened spelling of the name as the value (`SEARCHAPI_API_KEY=searchapi_key`) is a template left unfilled", () => {
        for (const v of [
            `WEATHERAPI_API_KEY=weatherapi_key`,
            `os.environ["COHERE_API_KEY"] = "cohere_key"`,
            `vector_store_api_key = "vector-store-key"`,
            `LANGSMITH_ACCESS_TOKEN=langsmith_token`,
        ])
            assert.deepStrictEqual(creds(v), [], v);
        // Words of another name, a value with digits, or a different last word stay values.
        for (const v of [`WEATHERAPI_API_KEY=kestrel_harbor_key`, `COHERE_API_KEY=cohere9_key7Q`, `COHERE_API_KEY=cohere_api_Zt4mQ9xWv2`])
            assert.notDeepStrictEqual(creds(v), [], v);
    });
});
