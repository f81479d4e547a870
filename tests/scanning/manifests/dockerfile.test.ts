import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { readManifest } from "../../../src/scanning/manifests/index.js";
import { expandVariables, splitImage } from "../../../src/scanning/manifests/dockerfile.js";
import { lineOf, read, repoContext } from "./helpers.js";

// Multi-stage training image: base named through a global ARG, a build stage reused by name.
const TRAIN = `# syntax=docker/dockerfile:1.6
ARG BASE_IMAGE=pytorch/pytorch:2.1.0-cuda12.1-cudnn8-runtime
ARG TORCH_VERSION=2.1.0
FROM --platform=linux/amd64 \${BASE_IMAGE} AS builder
ARG TORCH_VERSION
ENV PIP_NO_CACHE_DIR=1
# RUN pip install tensorflow==2.15.0
RUN apt-get update && apt-get install -y --no-install-recommends git \\
    && python -m pip install --upgrade pip \\
    && pip install --no-cache-dir \\
        --extra-index-url https://download.pytorch.org/whl/cu121 \\
        torchvision==0.16.0 \\
        # a comment line inside the continuation
        "transformers[torch]>=4.40" \\
        torchserve torch-model-archiver \\
    && rm -rf /var/lib/apt/lists/*
RUN pip3 install -r requirements.txt -c constraints.txt
RUN uv pip install --system torch==\${TORCH_VERSION} 'numpy<2'
RUN conda install -y -c pytorch -c nvidia pytorch-cuda=12.1 conda-forge::onnx && conda clean -ya
FROM $BASE_IMAGE
COPY --from=builder /opt/conda /opt/conda
FROM builder AS final
FROM nvcr.io/nvidia/pytorch:23.10-py3
FROM python@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef
FROM scratch
`;

// TensorFlow Serving image with a model baked in.
const SERVING = `FROM tensorflow/tensorflow:2.15.0 AS export
WORKDIR /work
COPY export.py .
RUN ["pip", "install", "tensorflow-serving-api==2.15.0"]
RUN python export.py --out /models/resnet/1

FROM tensorflow/serving:2.15.0-gpu
COPY --from=export /models/resnet /models/resnet
ENV MODEL_NAME=resnet
EXPOSE 8501
`;

describe("Dockerfile", () => {
  it("declares FROM images (ARG defaults resolved, stages and scratch skipped) and pip/conda installs", () => {
    const r = read("dockerfile", "docker/Dockerfile.train", TRAIN);
    expect(r.problems).toEqual([]);
    const images = r.declared.filter((d) => d.ecosystem === "docker").map((d) => [d.name, d.normalizedName, d.specifier, d.line]);
    expect(images).toEqual([
      ["pytorch/pytorch", "pytorch/pytorch", "2.1.0-cuda12.1-cudnn8-runtime", lineOf(TRAIN, "FROM --platform")],
      ["pytorch/pytorch", "pytorch/pytorch", "2.1.0-cuda12.1-cudnn8-runtime", lineOf(TRAIN, "FROM $BASE_IMAGE")],
      ["nvcr.io/nvidia/pytorch", "nvcr.io/nvidia/pytorch", "23.10-py3", lineOf(TRAIN, "FROM nvcr.io")],
      ["python", "python", "@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef", lineOf(TRAIN, "FROM python@")],
    ]);
    expect(r.declared.filter((d) => d.ecosystem === "docker").every((d) => d.source === "dockerfile:from")).toBe(true);
    const installs = r.declared.filter((d) => d.ecosystem !== "docker").map((d) => [d.name, d.specifier, d.line, d.source, d.ecosystem]);
    expect(installs).toEqual([
      ["pip", "", lineOf(TRAIN, "python -m pip install"), "dockerfile:pip", "pypi"],
      ["torchvision", "==0.16.0", lineOf(TRAIN, "torchvision==0.16.0"), "dockerfile:pip", "pypi"],
      ["transformers", ">=4.40", lineOf(TRAIN, '"transformers[torch]'), "dockerfile:pip", "pypi"],
      ["torchserve", "", lineOf(TRAIN, "torchserve torch-model-archiver"), "dockerfile:pip", "pypi"],
      ["torch-model-archiver", "", lineOf(TRAIN, "torchserve torch-model-archiver"), "dockerfile:pip", "pypi"],
      ["torch", "==2.1.0", lineOf(TRAIN, "uv pip install"), "dockerfile:pip", "pypi"],
      ["numpy", "<2", lineOf(TRAIN, "uv pip install"), "dockerfile:pip", "pypi"],
      ["pytorch-cuda", "=12.1", lineOf(TRAIN, "conda install"), "dockerfile:conda", "conda"],
      ["onnx", "", lineOf(TRAIN, "conda install"), "dockerfile:conda", "conda"],
    ]);
    // what a build argument's default gave is marked (a build may pass another); ENV values and literals are not
    expect(r.declared.map((d) => [d.name, d.line, d.buildArg ?? null]).filter(([, , arg]) => arg !== null)).toEqual([
      ["pytorch/pytorch", lineOf(TRAIN, "FROM --platform"), "BASE_IMAGE"],
      ["pytorch/pytorch", lineOf(TRAIN, "FROM $BASE_IMAGE"), "BASE_IMAGE"],
      ["torch", lineOf(TRAIN, "uv pip install"), "TORCH_VERSION"],
    ]);
    const horovod = read("dockerfile", "Dockerfile.test.cpu", "ARG TENSORFLOW_PACKAGE=tensorflow-cpu==1.15.0\nFROM ubuntu:20.04\nARG TENSORFLOW_PACKAGE\nENV KERAS=keras==2.2.4\nRUN pip install ${TENSORFLOW_PACKAGE} $KERAS\n");
    expect(horovod.declared.filter((d) => d.ecosystem === "pypi").map((d) => [d.name, d.specifier, d.buildArg ?? null])).toEqual([
      ["tensorflow-cpu", "==1.15.0", "TENSORFLOW_PACKAGE"],
      ["keras", "==2.2.4", null],
    ]);
    expect(r.declared.find((d) => d.name === "torchvision")).toMatchObject({ indexUrls: ["https://download.pytorch.org/whl/cu121"] });
    expect(r.declared.find((d) => d.name === "transformers")).toMatchObject({ extras: ["torch"] });
    expect(r.declared.find((d) => d.name === "pytorch-cuda")).toMatchObject({ channel: "pytorch" });
    expect(r.declared.find((d) => d.name === "onnx")).toMatchObject({ channel: "conda-forge" });
    // the commented-out RUN is never a usage or a dependency
    expect(r.declared.map((d) => d.name)).not.toContain("tensorflow");
    expect(r.usages.map((u) => [u.feature, u.matched, u.line])).toEqual([
      ["hf.transformers", "transformers", lineOf(TRAIN, '"transformers[torch]')],
      ["torchserve", "torchserve", lineOf(TRAIN, "torchserve torch-model-archiver")],
      ["torchserve", "torch-model-archiver", lineOf(TRAIN, "torchserve torch-model-archiver")],
      ["onnx", "onnx", lineOf(TRAIN, "conda install")],
    ]);
  });

  it("detects TensorFlow Serving from its image and its client package (exec-form RUN)", () => {
    const r = read("dockerfile", "serving.Dockerfile", SERVING);
    expect(r.problems).toEqual([]);
    expect(r.declared.map((d) => [d.name, d.specifier, d.line, d.source])).toEqual([
      ["tensorflow/tensorflow", "2.15.0", 1, "dockerfile:from"],
      ["tensorflow/serving", "2.15.0-gpu", 7, "dockerfile:from"],
      ["tensorflow-serving-api", "==2.15.0", 4, "dockerfile:pip"],
    ]);
    expect(r.usages.map((u) => [u.feature, u.line])).toEqual([
      ["tf.serving", 7],
      ["tf.serving", 4],
    ]);
  });

  it("detects the TorchServe image", () => {
    const r = read("dockerfile", "Dockerfile", "FROM pytorch/torchserve:0.9.0-gpu\nCMD [\"torchserve\", \"--start\"]\n");
    expect(r.usages).toEqual([{ feature: "torchserve", path: "Dockerfile", line: 1, matched: "pytorch/torchserve", detail: "pytorch/torchserve:0.9.0-gpu" }]);
  });

  it("reports a FROM without an image", () => {
    const r = read("dockerfile", "Dockerfile", "FROM python:3.11 AS base\nFROM --platform=linux/amd64\nRUN pip install torch\n");
    expect(r.problems).toEqual([{ kind: "parse-error", path: "Dockerfile", line: 2, message: "FROM without an image name" }]);
    expect(r.declared.map((d) => d.name)).toEqual(["python", "torch"]);
  });

  it("skips FROM images named by an ARG without default", () => {
    const r = read("dockerfile", "Dockerfile", "ARG BASE\nFROM ${BASE}\nRUN pip install torch\n");
    expect(r.declared.map((d) => d.name)).toEqual(["torch"]);
  });

  it("handles CRLF line endings and the backtick escape directive", () => {
    const crlf = "FROM python:3.11-slim\r\nRUN pip install \\\r\n    tensorflow-cpu==2.15.0\r\n";
    expect(read("dockerfile", "Dockerfile", crlf).declared.map((d) => [d.name, d.line])).toEqual([
      ["python", 1],
      ["tensorflow-cpu", 3],
    ]);
    const win = "# escape=`\nFROM python:3.11\nRUN pip install `\n    jax==0.4.20\n";
    expect(read("dockerfile", "Dockerfile", win).declared.map((d) => [d.name, d.line])).toEqual([
      ["python", 2],
      ["jax", 4],
    ]);
  });

  it("reads pip installs inside a RUN heredoc", () => {
    const text = "# syntax=docker/dockerfile:1\nFROM python:3.11\nRUN <<EOF\nset -e\npip install --no-cache-dir torch==2.2.0\npython -c 'import torch'\nEOF\n";
    const r = read("dockerfile", "Dockerfile", text);
    expect(r.declared.filter((d) => d.source === "dockerfile:pip").map((d) => [d.name, d.specifier, d.line])).toEqual([["torch", "==2.2.0", 5]]);
  });

  it("declares a repository a RUN clones and installs (cd into it, or its folder), as pip install git+URL would", () => {
    const text = [
      "FROM nvcr.io/nvidia/pytorch:24.09-py3",
      "ARG REV=6172624",
      "RUN git clone https://github.com/pytorch-tpu/transformers && \\",
      "    cd transformers && git checkout ${REV} && \\",
      "    pip install -e .",
      "RUN git clone --depth 1 -b 24.04 https://github.com/NVIDIA/apex.git /opt/apex && pip install -v --no-build-isolation /opt/apex",
      // not a clone: the project itself, copied in
      "COPY . /app",
      "RUN cd /app && pip install -e .",
      // left the clone before installing
      "RUN git clone https://github.com/org/tool && cd tool && cd .. && pip install .",
      "",
    ].join("\n");
    const r = read("dockerfile", "Dockerfile", text);
    expect(r.declared.filter((d) => d.source === "dockerfile:pip").map((d) => [d.name, d.url, d.line])).toEqual([
      ["transformers", "git+https://github.com/pytorch-tpu/transformers", 5],
      ["apex", "git+https://github.com/NVIDIA/apex.git", 6],
    ]);
  });

  it("splits image references and expands variables", () => {
    expect(splitImage("localhost:5000/team/img:1.2@sha256:abc")).toEqual({ name: "localhost:5000/team/img", tag: "1.2", digest: "sha256:abc" });
    expect(splitImage("localhost:5000/team/img")).toEqual({ name: "localhost:5000/team/img", tag: "" });
    const vars: Record<string, string> = { A: "x" };
    expect(expandVariables("${A}-$A-${B:-def}-${C}", (n) => vars[n])).toBe("x-x-def-${C}");
  });

  it("never throws on arbitrary text", () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom("FROM ", "RUN ", "ARG ", "pip install ", "conda install ", "torch", "$", "{", "}", "\\", "\n", "\r\n", '"', "'", "&&", "[", "]", "#", " AS ", ":", "@", "=", "-c ") }), (text) => {
        const r = readManifest("dockerfile", text, repoContext("Dockerfile"));
        for (const d of r.declared) expect(d.line).toBeGreaterThanOrEqual(1);
      }),
      { numRuns: 300 },
    );
  });
});
