// Case tables for the rest of issue 27 (branch h27): custom Studio images, the model registry in
// use, inference experiments and partner apps, Model Monitor coverage. Own mutations only; peers'
// inputs are in test/peers/issue27.ts.

import { T } from "../../policies/sagemaker/common";
import { sagemakerImagePrivateRegistry } from "../../policies/sagemaker/sagemaker-image-private-registry";
import { UNKNOWN } from "../harness";
import { PolicyCases, setPath } from "../policy-cases";

type Props = Record<string, unknown>;
const set = (path: string, v: unknown) => (p: Props) => setPath(p, path, v);

/** An image version as a first preview sees it: built from an ECR repository of the same stack. */
const imageVersion = (): Props => ({ imageName: UNKNOWN, baseImage: UNKNOWN });

const imageCases = (type: string): PolicyCases => ({
    policy: sagemakerImagePrivateRegistry,
    type,
    compliant: imageVersion(),
    unknownPaths: ["baseImage"],
    alsoCompliant: [
        { title: "this account's ECR", mutate: set("baseImage", "111122223333.dkr.ecr.eu-west-1.amazonaws.com/kernels/r:4.3") },
        {
            title: "a shared-images account's ECR, by digest",
            mutate: set("baseImage", "444455556666.dkr.ecr.us-east-1.amazonaws.com/base@sha256:" + "a".repeat(64)),
        },
        { title: "a FIPS ECR endpoint", mutate: set("baseImage", "111122223333.dkr.ecr-fips.us-gov-west-1.amazonaws.com/kernel:1") },
        { title: "ECR in China", mutate: set("baseImage", "111122223333.dkr.ecr.cn-north-1.amazonaws.com.cn/kernel:1") },
        { title: "ECR's dual-stack endpoint", mutate: set("baseImage", "111122223333.dkr-ecr.us-east-1.on.aws/kernel:1") },
    ],
    mutations: [
        {
            title: "a Docker Hub image by short name",
            mutate: set("baseImage", "jupyter/datascience-notebook:latest"),
            expect: /Docker Hub/,
        },
        { title: "a Docker Hub official image", mutate: set("baseImage", "python:3.12"), expect: /Docker Hub/ },
        { title: "docker.io spelled out", mutate: set("baseImage", "docker.io/library/ubuntu:24.04"), expect: /Docker Hub/ },
        {
            title: "the ECR Public Gallery",
            mutate: set("baseImage", "public.ecr.aws/docker/library/python:3.12"),
            expect: /ECR Public Gallery/,
        },
        { title: "a registry outside AWS", mutate: set("baseImage", "ghcr.io/example/kernel:1"), expect: /registry outside AWS/ },
        {
            title: "an ECR-looking host that is not ECR",
            mutate: set("baseImage", "111122223333.dkr.ecr.us-east-1.amazonaws.com.example.net/k:1"),
            expect: /registry outside AWS/,
        },
    ],
});

export const cases: PolicyCases[] = [imageCases(T.imageVersion), imageCases(T.nativeImageVersion)];
