// The benchmark's peer: @pulumi/awsguard with every policy at advisory.
import { AwsGuard } from "@pulumi/awsguard";

new AwsGuard({ all: "advisory" });
