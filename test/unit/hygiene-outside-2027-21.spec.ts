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

describe("hygiene: outside-2027-21 classes (calls)", () => {
    it("an API key passed to a login call or a key-credential constructor, and Elasticsearch's (id, key) pair", () => {
        for (const v of [
            `wandb.login(key="7c1f0a523d4e4b6a9f210c8d5e6a7b90aa11bb22")`,
            `wandb.login(relogin=True, key="7c1f0a523d4e4b6a9f210c8d5e6a7b90aa11bb22")`,
            `auth_credentials=Auth.api_key("Zt4mQ9xWv2Lr8KpN3bH7cD")`,
            `auth_client_secret=weaviate.AuthApiKey(api_key="Zt4mQ9xWv2Lr8KpN3bH7cD")`,
            `credential = AzureKeyCredential("9f210c8d5e6a7b90aa11bb227c1f0a52")`,
            `es = Elasticsearch(cloud_id=CLOUD_ID, api_key=("VuaCfGcBCdbkQm", "Zt4mQ9xWv2Lr8KpN3bH7"))`,
        ])
            assert.notDeepStrictEqual(creds(v), [], v);
        // Stand-ins, references and test words stay refusals.
        for (const v of [
            `wandb.login(key="your-wandb-key")`,
            `wandb.login(key=os.environ["WANDB_API_KEY"])`,
            `auth_credentials=Auth.api_key("<YOUR_WEAVIATE_KEY>")`,
            `credential = AzureKeyCredential(search_key)`,
            `es = Elasticsearch(cloud_id=CLOUD_ID, api_key=("id", "api_key"))`,
        ])
            assert.deepStrictEqual(creds(v), [], v);
    });
});
