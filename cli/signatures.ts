// The engine's signatures for special property values (secrets, resource references, output values,
// assets, archives), taken from the Node.js SDK that defines them rather than kept by hand. Loaded on
// first use: the SDK's rpc module pulls in much of the SDK. Byte strings and non-finite floats occur
// only in the engine's own JSON (state exports), so only the engine defines those two
// (pulumi/pulumi sdk/go/common/resource/sig/sig.go, pkg/resource/stack/deployment.go).

export interface Signatures {
    /** The key whose value says which special value an object is. */
    key: string;
    secret: string;
    resource: string;
    outputValue: string;
    asset: string;
    archive: string;
    byteString: string;
    float: string;
}

let cached: Signatures | undefined;

export function signatures(): Signatures {
    if (!cached) {
        const rpc = require("@pulumi/pulumi/runtime/rpc");
        cached = {
            key: rpc.specialSigKey,
            secret: rpc.specialSecretSig,
            resource: rpc.specialResourceSig,
            outputValue: rpc.specialOutputValueSig,
            asset: rpc.specialAssetSig,
            archive: rpc.specialArchiveSig,
            byteString: "803fd3297a5875dc03ca845dda5d2a98",
            float: "8ad145fe-0d11-4827-bfd7-1abcbf086f5c",
        };
    }
    return cached;
}
