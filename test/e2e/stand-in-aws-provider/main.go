// Command pulumi-resource-aws is a TEST DOUBLE of the Pulumi AWS resource provider.
//
// It exists only for sagemaker-guard's end-to-end tests (test/e2e), where the real AWS
// provider can neither be downloaded nor built. It is NOT the AWS provider and it never
// talks to AWS:
//
//   - GetPluginInfo reports version 7.48.0 (the @pulumi/aws version the test programs use),
//     so the engine accepts it for `aws` resources.
//   - GetSchema returns schema.json: a hand-written subset of the aws schema that covers only
//     the resources the e2e programs use (Pulumi YAML programs type-check against it).
//   - CheckConfig/DiffConfig/Configure accept anything. Check returns the inputs unchanged.
//   - Diff compares old and new inputs (no change, or an update of the changed keys).
//   - Create with preview=true returns the inputs plus every schema output that is not an
//     input as an unknown value, like a real provider during `pulumi preview`.
//   - Create outside preview (`pulumi up`) creates nothing: it returns the inputs, a fake id
//     and, when absent, a fake `arn` built from the type and name (account 123456789012), the
//     name as `name` and a fake `<type>Id`, so that a program's references resolve and `pulumi stack export` writes a state
//     for `pulumi policy analyze`.
//   - Update/Delete/Read outside preview, and every Invoke/Call/Construct, fail with an
//     error that says this is a test double.
//
// Build: scripts/build-pulumi-cli.sh puts it, named pulumi-resource-aws, next to the pulumi
// binary it builds; the e2e tests put that directory on PATH so the engine finds it as an
// ambient plugin.
package main

import (
	"context"
	_ "embed"
	"encoding/json"
	"fmt"
	"os"
	"sort"
	"strings"

	"github.com/pulumi/pulumi/sdk/v3/go/pulumi/provider"
	pulumirpc "github.com/pulumi/pulumi/sdk/v3/proto/go"
	"google.golang.org/grpc/codes"
	"google.golang.org/grpc/status"
	"google.golang.org/protobuf/proto"
	"google.golang.org/protobuf/types/known/emptypb"
	"google.golang.org/protobuf/types/known/structpb"
)

const (
	providerName    = "aws"
	providerVersion = "7.48.0"
	// unknownString is the engine's sentinel for an unknown (computed) value.
	unknownString = "04da6b54-80e4-46f7-96ec-b56ff0331ba9"
	testDoubleMsg = "pulumi-resource-aws TEST DOUBLE (sagemaker-guard e2e tests): "
)

//go:embed schema.json
var schemaJSON string

type resourceSchema struct {
	InputProperties map[string]json.RawMessage `json:"inputProperties"`
	Properties      map[string]json.RawMessage `json:"properties"`
}

type packageSchema struct {
	Resources map[string]resourceSchema `json:"resources"`
}

type standInProvider struct {
	pulumirpc.UnimplementedResourceProviderServer
	// computed maps a resource type to its output-only properties (outputs that are not inputs).
	computed map[string][]string
}

func newStandIn() (*standInProvider, error) {
	var s packageSchema
	if err := json.Unmarshal([]byte(schemaJSON), &s); err != nil {
		return nil, fmt.Errorf("parsing embedded schema: %w", err)
	}
	p := &standInProvider{computed: map[string][]string{}}
	for tok, r := range s.Resources {
		var outs []string
		for k := range r.Properties {
			if _, isInput := r.InputProperties[k]; !isInput {
				outs = append(outs, k)
			}
		}
		sort.Strings(outs)
		p.computed[tok] = outs
	}
	return p, nil
}

func notSupported(what string) error {
	return status.Error(codes.Unimplemented, testDoubleMsg+what+
		" is not supported: this stand-in never creates, reads, updates or deletes anything")
}

func (p *standInProvider) GetPluginInfo(context.Context, *emptypb.Empty) (*pulumirpc.PluginInfo, error) {
	return &pulumirpc.PluginInfo{Version: providerVersion}, nil
}

func (p *standInProvider) Handshake(
	context.Context, *pulumirpc.ProviderHandshakeRequest,
) (*pulumirpc.ProviderHandshakeResponse, error) {
	return &pulumirpc.ProviderHandshakeResponse{AcceptSecrets: true, AcceptResources: false}, nil
}

func (p *standInProvider) GetSchema(
	context.Context, *pulumirpc.GetSchemaRequest,
) (*pulumirpc.GetSchemaResponse, error) {
	return &pulumirpc.GetSchemaResponse{Schema: schemaJSON}, nil
}

func (p *standInProvider) CheckConfig(_ context.Context, req *pulumirpc.CheckRequest) (*pulumirpc.CheckResponse, error) {
	return &pulumirpc.CheckResponse{Inputs: req.GetNews()}, nil
}

func (p *standInProvider) DiffConfig(context.Context, *pulumirpc.DiffRequest) (*pulumirpc.DiffResponse, error) {
	return &pulumirpc.DiffResponse{Changes: pulumirpc.DiffResponse_DIFF_NONE}, nil
}

func (p *standInProvider) Configure(
	context.Context, *pulumirpc.ConfigureRequest,
) (*pulumirpc.ConfigureResponse, error) {
	return &pulumirpc.ConfigureResponse{AcceptSecrets: true, SupportsPreview: true}, nil
}

func (p *standInProvider) Check(_ context.Context, req *pulumirpc.CheckRequest) (*pulumirpc.CheckResponse, error) {
	return &pulumirpc.CheckResponse{Inputs: req.GetNews()}, nil
}

func (p *standInProvider) Diff(_ context.Context, req *pulumirpc.DiffRequest) (*pulumirpc.DiffResponse, error) {
	olds := req.GetOldInputs()
	if olds == nil {
		olds = req.GetOlds()
	}
	oldFields := olds.GetFields()
	newFields := req.GetNews().GetFields()
	changed := map[string]bool{}
	for k, v := range newFields {
		if o, ok := oldFields[k]; !ok || !proto.Equal(o, v) {
			changed[k] = true
		}
	}
	for k := range oldFields {
		if _, ok := newFields[k]; !ok {
			changed[k] = true
		}
	}
	if len(changed) == 0 {
		return &pulumirpc.DiffResponse{Changes: pulumirpc.DiffResponse_DIFF_NONE}, nil
	}
	keys := make([]string, 0, len(changed))
	for k := range changed {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return &pulumirpc.DiffResponse{Changes: pulumirpc.DiffResponse_DIFF_SOME, Diffs: keys}, nil
}

func (p *standInProvider) Create(_ context.Context, req *pulumirpc.CreateRequest) (*pulumirpc.CreateResponse, error) {
	fields := map[string]*structpb.Value{}
	for k, v := range req.GetProperties().GetFields() {
		fields[k] = v
	}
	if !req.GetPreview() {
		name := resourceName(req.GetUrn())
		typeName := req.GetType()[strings.LastIndex(req.GetType(), ":")+1:]
		// Outputs programs commonly read: the ARN, the auto-name, and the type's own id
		// (`guardrailId` of a Guardrail, `keyId` of a Key).
		fake := map[string]string{
			"arn":  fakeArn(req.GetType(), name),
			"name": name,
			strings.ToLower(typeName[:1]) + typeName[1:] + "Id": "test-double-" + name,
		}
		for k, v := range fake {
			if _, ok := fields[k]; !ok {
				fields[k] = structpb.NewStringValue(v)
			}
		}
		return &pulumirpc.CreateResponse{
			Id:         "test-double-" + name,
			Properties: &structpb.Struct{Fields: fields},
		}, nil
	}
	for _, k := range p.computed[req.GetType()] {
		if _, ok := fields[k]; !ok {
			fields[k] = structpb.NewStringValue(unknownString)
		}
	}
	return &pulumirpc.CreateResponse{Properties: &structpb.Struct{Fields: fields}}, nil
}

// resourceName is the last segment of a URN (urn:pulumi:stack::project::type::name).
func resourceName(urn string) string {
	return urn[strings.LastIndex(urn, "::")+2:]
}

// fakeArn shapes an ARN the way AWS does for the type's service: IAM is global, S3 has neither
// region nor account, every other service is regional. The account is the documentation one.
func fakeArn(token, name string) string {
	// token: aws:<service>/<resource>:<Type>
	service, resource := "aws", strings.ToLower(token)
	if parts := strings.SplitN(token, ":", 3); len(parts) == 3 {
		mod := strings.SplitN(parts[1], "/", 2)
		service, resource = mod[0], strings.ToLower(mod[len(mod)-1])
	}
	switch service {
	case "iam":
		return fmt.Sprintf("arn:aws:iam::123456789012:%s/%s", resource, name)
	case "s3":
		// A bucket's id is its name, and its ARN names it: the same string (the fake id below).
		return "arn:aws:s3:::test-double-" + name
	default:
		return fmt.Sprintf("arn:aws:%s:us-east-1:123456789012:%s/%s", service, resource, name)
	}
}

func (p *standInProvider) Update(_ context.Context, req *pulumirpc.UpdateRequest) (*pulumirpc.UpdateResponse, error) {
	if req.GetPreview() {
		return &pulumirpc.UpdateResponse{Properties: req.GetNews()}, nil
	}
	return nil, notSupported("Update")
}

func (p *standInProvider) Delete(context.Context, *pulumirpc.DeleteRequest) (*emptypb.Empty, error) {
	return nil, notSupported("Delete")
}

func (p *standInProvider) Read(context.Context, *pulumirpc.ReadRequest) (*pulumirpc.ReadResponse, error) {
	return nil, notSupported("Read")
}

func (p *standInProvider) Invoke(_ context.Context, req *pulumirpc.InvokeRequest) (*pulumirpc.InvokeResponse, error) {
	return nil, notSupported("Invoke " + req.GetTok())
}

func (p *standInProvider) Call(_ context.Context, req *pulumirpc.CallRequest) (*pulumirpc.CallResponse, error) {
	return nil, notSupported("Call " + req.GetTok())
}

func (p *standInProvider) Construct(
	_ context.Context, req *pulumirpc.ConstructRequest,
) (*pulumirpc.ConstructResponse, error) {
	return nil, notSupported("Construct " + req.GetType())
}

func (p *standInProvider) Cancel(context.Context, *emptypb.Empty) (*emptypb.Empty, error) {
	return &emptypb.Empty{}, nil
}

func main() {
	err := provider.Main(providerName, func(*provider.HostClient) (pulumirpc.ResourceProviderServer, error) {
		return newStandIn()
	})
	if err != nil {
		fmt.Fprintf(os.Stderr, "%s%v\n", testDoubleMsg, err)
		os.Exit(1)
	}
}
