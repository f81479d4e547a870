import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { manifestKind, readManifest } from "../../../src/scanning/manifests/index.js";
import { specifierProblem } from "../../../src/scanning/manifests/common.js";
import { lineOf, read, repoContext } from "./helpers.js";

// The shape of ultralytics/yolov5's requirements.txt: export backends commented out.
const YOLO = `# YOLOv5 requirements
# Usage: pip install -r requirements.txt

# Base ------------------------------------------------------------------------
gitpython>=3.1.30
matplotlib>=3.3
numpy>=1.23.5
opencv-python>=4.1.1
pillow>=10.3.0
psutil  # system resources
PyYAML>=5.3.1
requests>=2.32.2
scipy>=1.4.1
thop>=0.1.1  # FLOPs computation
torch>=1.8.0  # see https://pytorch.org/get-started/locally (recommended)
torchvision>=0.9.0
tqdm>=4.66.3
ultralytics>=8.2.34  # https://ultralytics.com

# Export ----------------------------------------------------------------------
# coremltools>=6.0  # CoreML export
# onnx>=1.10.0  # ONNX export
# onnx-simplifier>=0.4.1  # ONNX simplifier
# nvidia-pyindex  # TensorRT export
# nvidia-tensorrt  # TensorRT export
# scikit-learn<=1.1.2  # CoreML quantization
# tensorflow>=2.4.0,<=2.13.1  # TF exports (-cpu, -aarch64, -macos)
# tensorflowjs>=3.9.0  # TF.js export
# openvino-dev>=2023.0  # OpenVINO export

# Deploy ----------------------------------------------------------------------
setuptools>=70.0.0 # Snyk vulnerability fix
# tritonclient[all]~=2.24.0

# Extras ----------------------------------------------------------------------
# ipython  # interactive notebook
# mss  # screenshots
# albumentations>=1.0.3
# pycocotools>=2.0.6  # COCO mAP
`;

describe("requirements.txt", () => {
  it("declares the yolov5 packages with their lines and ignores commented-out exports", () => {
    const r = read("requirements", "requirements.txt", YOLO);
    expect(r.problems).toEqual([]);
    const names = r.declared.map((d) => d.name);
    expect(names).toContain("torch");
    expect(names).not.toContain("tensorflow");
    expect(names).not.toContain("onnx");
    expect(names).not.toContain("tensorflowjs");
    expect(r.declared).toHaveLength(15);
    const torch = r.declared.find((d) => d.name === "torch");
    expect(torch).toMatchObject({ path: "requirements.txt", line: lineOf(YOLO, "torch>=1.8.0"), normalizedName: "torch", specifier: ">=1.8.0", extras: [], source: "requirements", ecosystem: "pypi" });
    expect(torch?.group).toBeUndefined();
    expect(r.declared.find((d) => d.name === "PyYAML")).toMatchObject({ normalizedName: "pyyaml", specifier: ">=5.3.1" });
    expect(r.declared.find((d) => d.name === "psutil")).toMatchObject({ specifier: "", line: lineOf(YOLO, "psutil") });
    expect(r.usages).toEqual([]);
  });

  it("reads extras, markers, ranges with spaces, parenthesised and === specifiers", () => {
    const text = [
      "torch[opt-einsum] >= 2.1 , < 3 ; platform_system != 'Darwin'",
      'tensorflow-macos==2.15.0; sys_platform == "darwin" and platform_machine == "arm64"',
      "tensorflow (>=2.13,<2.16)",
      "tf-nightly===2.16.0.dev20231102",
      "Keras_Nightly",
    ].join("\n");
    const r = read("requirements", "requirements.txt", text);
    expect(r.problems).toEqual([]);
    expect(r.declared.map((d) => [d.name, d.normalizedName, d.specifier, d.extras, d.marker, d.line])).toEqual([
      ["torch", "torch", ">= 2.1 , < 3", ["opt-einsum"], "platform_system != 'Darwin'", 1],
      ["tensorflow-macos", "tensorflow-macos", "==2.15.0", [], 'sys_platform == "darwin" and platform_machine == "arm64"', 2],
      ["tensorflow", "tensorflow", ">=2.13,<2.16", [], undefined, 3],
      ["tf-nightly", "tf-nightly", "===2.16.0.dev20231102", [], undefined, 4],
      ["Keras_Nightly", "keras-nightly", "", [], undefined, 5],
    ]);
  });

  it("records direct references: name @ wheel URL, bare wheel URLs, VCS with #egg", () => {
    const text = [
      "torch @ https://download.pytorch.org/whl/cu121/torch-2.1.0%2Bcu121-cp311-cp311-linux_x86_64.whl",
      "https://download.pytorch.org/whl/cpu/torchvision-0.16.0%2Bcpu-cp311-cp311-linux_x86_64.whl",
      "git+https://github.com/huggingface/transformers.git@v4.40.0#egg=transformers",
      "git+https://github.com/facebookresearch/detectron2.git",
      "-e git+https://github.com/Lightning-AI/pytorch-lightning.git@master#egg=pytorch_lightning",
      "-e .",
      "./vendor/mypkg",
      // the checkout itself with extras (jax-ml/jax's docs/requirements.txt), and its parent's
      ".[ci]  # jax from the current directory",
      "-e ..[dev, test]",
      // a wheel per platform, with pip's `; ` marker separator (oobabooga/text-generation-webui)
      'https://github.com/oobabooga/llama-cpp-binaries/releases/download/v0.124.0/llama_cpp_binaries-0.124.0+cu124-py3-none-win_amd64.whl; platform_system == "Windows"',
      "https://example.org/wheels/flash_attn-2.8.3+cu128torch2.9.0-cp313-cp313-linux_x86_64.whl ; python_version == '3.13'",
    ].join("\n");
    const r = read("requirements", "requirements.txt", text);
    expect(r.problems).toEqual([]);
    expect(r.declared.map((d) => [d.name, d.url !== undefined, d.line])).toEqual([
      ["torch", true, 1],
      ["torchvision", true, 2],
      ["transformers", true, 3],
      ["detectron2", true, 4],
      ["pytorch_lightning", true, 5],
      ["llama_cpp_binaries", true, 10],
      ["flash_attn", true, 11],
    ]);
    expect(r.declared.slice(-2).map((d) => [d.url?.slice(-20), d.marker])).toEqual([
      ["-py3-none-win_amd64.whl".slice(-20), 'platform_system == "Windows"'],
      ["cp313-linux_x86_64.whl".slice(-20), "python_version == '3.13'"],
    ]);
    expect(r.declared[0]?.url).toBe("https://download.pytorch.org/whl/cu121/torch-2.1.0%2Bcu121-cp311-cp311-linux_x86_64.whl");
    expect(r.usages.map((u) => [u.feature, u.line, u.matched])).toEqual([
      ["hf.transformers", 3, "transformers"],
      ["lightning", 5, "pytorch_lightning"],
    ]);
  });

  it("names a code host's archive URL by its repository and an sdist URL by its file (mlcommons/training, kubeflow/examples)", () => {
    const text = [
      "https://github.com/NVIDIA/dllogger/archive/26a0f8f1958de2c0c460925ff6102a4d2486d6cc.zip",
      "https://github.com/mlcommons/logging/archive/refs/tags/1.1.0-rc4.zip",
      "https://codeload.github.com/org/tool/tar.gz/refs/heads/main",
      "https://gitlab.com/group/sub/lib/-/archive/v1.0/lib-v1.0.tar.gz",
      "https://files.example.org/packages/some_pkg-2.0.1.tar.gz",
      "https://example.org/download/latest.zip",
      "nibabel==3.2.1",
      // an archive named for its package alone, the version in the folder
      "https://storage.googleapis.com/ml-pipeline/release/0.1.22/kfp.tar.gz",
      // archives named for a ref say nothing of the package
      "https://example.org/pkg/v1.2.zip",
      "https://example.org/pkg/0123abc4567.tar.gz",
    ].join("\n");
    const r = read("requirements", "requirements.txt", text);
    expect(r.declared.map((d) => [d.name, d.url !== undefined, d.line])).toEqual([
      ["dllogger", true, 1],
      ["logging", true, 2],
      ["tool", true, 3],
      ["lib", true, 4],
      ["some_pkg", true, 5],
      ["nibabel", false, 7],
      ["kfp", true, 8],
    ]);
    // an archive whose name nothing tells is still reported, with how to name it
    expect(r.problems.map((p) => [p.line, p.message])).toEqual([6, 9, 10].map((line) => [line, expect.stringContaining('add #egg=name or use "name @ url"')]));
  });

  it("keeps index options off the dependency list and records the PyTorch index on the packages", () => {
    const text = "--extra-index-url https://download.pytorch.org/whl/cu121\n--find-links=https://example.org/wheels\n--pre\n--trusted-host example.org\ntorch==2.1.0\ntorchvision==0.16.0 --hash=sha256:0123456789abcdef \\\n    --hash=sha256:fedcba9876543210\n";
    const r = read("requirements", "requirements.txt", text);
    expect(r.problems).toEqual([]);
    expect(r.declared.map((d) => [d.name, d.specifier, d.line])).toEqual([
      ["torch", "==2.1.0", 5],
      ["torchvision", "==0.16.0", 6],
    ]);
    expect((r.declared[0] as { indexUrls?: string[] }).indexUrls).toEqual(["https://download.pytorch.org/whl/cu121", "https://example.org/wheels"]);
  });

  it("keeps a find-links URL written after a requirement", () => {
    const r = read("requirements", "requirements.txt", "torch==1.8.1+cu111 -f https://download.pytorch.org/whl/torch_stable.html\n");
    expect(r.problems).toEqual([]);
    expect(r.declared).toHaveLength(1);
    expect(r.declared[0]).toMatchObject({ name: "torch", specifier: "==1.8.1+cu111", indexUrls: ["https://download.pytorch.org/whl/torch_stable.html"] });
  });

  it("joins backslash continuations onto the first line and handles CRLF and a BOM", () => {
    const text = "\uFEFFnumpy\r\ntorch\\\r\n>=2.1,\\\r\n<3\r\n# tensorflow\\\r\nscipy\r\n";
    const r = read("requirements", "requirements.txt", text);
    expect(r.problems).toEqual([]);
    expect(r.declared.map((d) => [d.name, d.specifier, d.line])).toEqual([
      ["numpy", "", 1],
      ["torch", ">=2.1,<3", 2],
      ["scipy", "", 6],
    ]);
  });

  it("skips a malformed line with a parse-error naming its line and keeps the rest", () => {
    const text = "numpy>=1.24\nthis is not ! a requirement\ntorch>=2.0\n";
    const r = read("requirements", "requirements.txt", text);
    expect(r.declared.map((d) => d.name)).toEqual(["numpy", "torch"]);
    expect(r.problems).toHaveLength(1);
    expect(r.problems[0]).toMatchObject({ kind: "parse-error", path: "requirements.txt", line: 2 });
  });

  it("takes an empty marker after `;` as none, as pip does (tensorflow/text's `h5py==3.13.0;`)", () => {
    const r = read("requirements", "requirements.in", "h5py==3.13.0;\nurllib3==2.5.0 ;  \nnumpy ; python_version >= '3.10'\n");
    expect(r.problems).toEqual([]);
    expect(r.declared.map((d) => [d.name, d.specifier, d.marker])).toEqual([
      ["h5py", "==3.13.0", undefined],
      ["urllib3", "==2.5.0", undefined],
      ["numpy", "", "python_version >= '3.10'"],
    ]);
    // PEP 508 proper (pyproject.toml, setup.py) has no such leniency
    expect(read("setup-py", "setup.py", 'setup(install_requires=["h5py==3.13.0;"])\n').problems).toHaveLength(1);
  });

  it("keeps ${VAR} versions as written (pip expands them at install time)", () => {
    const r = read("requirements", "requirements.txt", "torch==${TORCH_VERSION}\ntensorflow>=${TF_MIN},<3 ; sys_platform == 'linux'\n");
    expect(r.problems).toEqual([]);
    expect(r.declared.map((d) => [d.name, d.specifier, d.marker])).toEqual([
      ["torch", "==${TORCH_VERSION}", undefined],
      ["tensorflow", ">=${TF_MIN},<3", "sys_platform == 'linux'"],
    ]);
  });

  it("reports an unknown pip option as a parse-error with its line and still reads the rest of the file", () => {
    // The hostile-repository shape: pip stops on --frobnicate and -Z, a known --use-feature is fine.
    const text = "--frobnicate=yes\n--use-feature=fast-deps\n-Z\ntorch==2.1.0\n--some-future-option value\n";
    const r = read("requirements", "requirements/unknown-option.txt", text);
    expect(r.declared.map((d) => [d.name, d.specifier, d.line])).toEqual([["torch", "==2.1.0", 4]]);
    expect(r.problems.map((p) => [p.kind, p.path, p.line])).toEqual([
      ["parse-error", "requirements/unknown-option.txt", 1],
      ["parse-error", "requirements/unknown-option.txt", 3],
      ["parse-error", "requirements/unknown-option.txt", 5],
    ]);
    expect(r.problems[0]?.message).toMatch(/^unknown pip option --frobnicate=yes\b/);
    expect(r.problems[1]?.message).toMatch(/^unknown pip option -Z\b/);
    expect(r.problems[2]?.message).toMatch(/^unknown pip option --some-future-option\b/);
  });

  it("reports an unknown option written after a requirement, and keeps the requirement", () => {
    const r = read("requirements", "requirements.txt", "numpy\ntorch==2.1.0 --no-deps\n");
    expect(r.declared.map((d) => [d.name, d.specifier])).toEqual([["numpy", ""], ["torch", "==2.1.0"]]);
    expect(r.problems).toHaveLength(1);
    expect(r.problems[0]).toMatchObject({ kind: "parse-error", path: "requirements.txt", line: 2 });
    expect(r.problems[0]?.message).toContain("--no-deps");
  });

  it("accepts every option pip allows in a requirements file silently, in each spelling pip takes", () => {
    const text = [
      "-i https://pypi.example/simple",
      "--index-url=https://pypi.example/simple",
      "--extra-index-url https://download.pytorch.org/whl/cu121",
      "--no-index",
      "-f ./wheels",
      "-f./wheels2",
      "--find-links=https://example.org/wheels",
      "--pre",
      "--prefer-binary",
      "--require-hashes",
      "--only-binary=:all:",
      "--no-binary torch",
      "--trusted-host pypi.example",
      "--use-feature=truststore",
      "--extra-index https://abbreviated.example/simple", // optparse takes an unambiguous prefix
      "--hash=sha256:0123456789abcdef", // per-requirement options alone on a line: pip ignores them
      "--pre --no-index",
      "torch==2.1.0 --hash=sha256:0123 --hash sha256:4567",
      "tensorflow==2.15.0 --config-settings=--build-option=--cpu -Ckey=value -C other=1",
      "numpy --global-option=build_ext --install-option=--prefix=/x",
    ].join("\n");
    const r = read("requirements", "requirements.txt", text);
    expect(r.problems).toEqual([]);
    expect(r.declared.map((d) => [d.name, d.specifier, d.line])).toEqual([
      ["torch", "==2.1.0", 18],
      ["tensorflow", "==2.15.0", 19],
      ["numpy", "", 20],
    ]);
    expect((r.declared[0] as { indexUrls?: string[] }).indexUrls).toEqual([
      "https://pypi.example/simple",
      "https://download.pytorch.org/whl/cu121",
      "./wheels",
      "./wheels2",
      "https://example.org/wheels",
      "https://abbreviated.example/simple",
    ]);
  });

  it("does not take an ambiguous option prefix for a known option", () => {
    // --pr could be --pre or --prefer-binary: optparse refuses it, and so does pip.
    const r = read("requirements", "requirements.txt", "--pr\ntorch\n");
    expect(r.problems).toEqual([expect.objectContaining({ kind: "parse-error", line: 1 })]);
    expect(r.declared.map((d) => d.name)).toEqual(["torch"]);
  });

  it("declares a name @ URL holding ${VAR} with the URL exactly as written, never expanded", () => {
    const secret = "AKIA-not-a-real-secret-0123456789";
    process.env.MFA_TEST_SECRET = secret;
    try {
      const text = "--extra-index-url https://${PIP_TOKEN}@pypi.example/simple\ntorch @ https://${MFA_TEST_SECRET}@files.example/torch-2.1.0-cp311-cp311-linux_x86_64.whl\ntensorflow[and-cuda] @ https://files.example/${TF_WHEEL} ; sys_platform == 'linux'\n";
      const r = read("requirements", "requirements/env-secrets.txt", text);
      expect(r.problems).toEqual([]);
      expect(r.declared.map((d) => [d.name, d.line, d.url, d.extras, d.marker])).toEqual([
        ["torch", 2, "https://${MFA_TEST_SECRET}@files.example/torch-2.1.0-cp311-cp311-linux_x86_64.whl", [], undefined],
        ["tensorflow", 3, "https://files.example/${TF_WHEEL}", ["and-cuda"], "sys_platform == 'linux'"],
      ]);
      expect(JSON.stringify(r)).not.toContain(secret);
    } finally {
      delete process.env.MFA_TEST_SECRET;
    }
  });

  it("still rejects a name @ URL with a broken marker or no URL", () => {
    const r = read("requirements", "requirements.txt", "torch @ https://x.example/t.whl ; not a marker\ntf @\nnumpy\n");
    expect(r.declared.map((d) => d.name)).toEqual(["numpy"]);
    expect(r.problems.map((p) => [p.kind, p.line])).toEqual([
      ["parse-error", 1],
      ["parse-error", 2],
    ]);
    expect(r.problems[0]?.message).toContain("invalid environment marker");
  });
});

describe("requirements includes", () => {
  it("follows -r relative to the including file; included deps carry the included path and line", () => {
    const files = {
      "requirements/base.txt": "numpy\ntorch>=2.1\n",
      "requirements/gpu.txt": "-r base.txt\n# ok\nnvidia-ml-py\n",
    };
    const ctx = repoContext("requirements/dev.txt", files);
    const r = readManifest("requirements", "--requirement gpu.txt\npytest\n", ctx);
    expect(r.problems).toEqual([]);
    expect(r.declared.map((d) => [d.path, d.line, d.name])).toEqual([
      ["requirements/base.txt", 1, "numpy"],
      ["requirements/base.txt", 2, "torch"],
      ["requirements/gpu.txt", 3, "nvidia-ml-py"],
      ["requirements/dev.txt", 2, "pytest"],
    ]);
    expect(ctx.reads).toEqual(["requirements/gpu.txt", "requirements/base.txt"]);
    expect(r.declared[1]).toMatchObject({ includedFrom: "requirements/gpu.txt" });
  });

  it("uses constraints for versions without declaring them", () => {
    const files = { "constraints.txt": "torch==2.1.2\nnumpy<2\ntensorflow==2.15.0\n" };
    const r = read("requirements", "requirements.txt", "-c constraints.txt\ntorch\n", files);
    expect(r.problems).toEqual([]);
    expect(r.declared.map((d) => d.name)).toEqual(["torch"]);
    expect(r.locked).toEqual([
      { path: "constraints.txt", normalizedName: "torch", version: "2.1.2" },
      { path: "constraints.txt", normalizedName: "tensorflow", version: "2.15.0" },
    ]);
  });

  // The shape of tensorflow/text's oss_scripts/pip_package/requirements_lock_3_12.txt (pip-compile with hashes).
  const PIP_COMPILE = `#
# This file is autogenerated by pip-compile with Python 3.12
# by the following command:
#
#    bazel run //oss_scripts/pip_package:requirements.update
#
absl-py==2.3.1 \\
    --hash=sha256:a97820526f7fbfd2ec1bce83f3f25e3a14840dac0d8e02a0b71cd75db3f77fc9 \\
    --hash=sha256:eeecf07f0c2a93ace0772c92e596ace6d3d3996c042b2128459aaae2a76de11d
    # via
    #   -r @release_or_nightly/requirements.in
    #   keras
    #   tensorflow
keras==3.13.0 \\
    --hash=sha256:096793e2be6230816f3f7e030370e66c0f4a89707c59bf2d8fad3ca33869bd1c
    # via tensorflow
tensorflow==2.20.0 \\
    --hash=sha256:0deb5c583dfc53b54fd158a194ce0087b406bb6518af400ca3809735e4548ec3
    # via -r @release_or_nightly/requirements.in
tf-keras==2.20.1
    # via -r requirements.in
torch==2.5.1+cpu
    # via
    #   -c constraints.txt
    #   torchvision
mypkg-helpers==0.1
    # via mypkg (pyproject.toml)

# The following packages are considered to be unsafe in a requirements file:
setuptools==80.9.0
    # via tensorboard
`;
  it("a pip-compile output: entries there only for other entries are resolved versions, not declarations", () => {
    const r = read("requirements", "requirements_lock_3_12.txt", PIP_COMPILE);
    expect(r.problems).toEqual([]);
    expect(r.declared.map((d) => [d.name, d.specifier, d.line])).toEqual([
      ["absl-py", "==2.3.1", lineOf(PIP_COMPILE, "absl-py==")],
      ["tensorflow", "==2.20.0", lineOf(PIP_COMPILE, "tensorflow==")],
      ["tf-keras", "==2.20.1", lineOf(PIP_COMPILE, "tf-keras==")],
      ["mypkg-helpers", "==0.1", lineOf(PIP_COMPILE, "mypkg-helpers==")],
    ]);
    expect(r.locked.map((l) => [l.normalizedName, l.version])).toEqual([
      ["keras", "3.13.0"],
      ["torch", "2.5.1+cpu"],
      ["setuptools", "80.9.0"],
    ]);
  });
  it("the same for `uv pip compile`; without the generator's header, or without annotations, every entry is declared", () => {
    const uv = "# This file was autogenerated by uv via the following command:\n#    uv pip compile requirements.in -o requirements.txt\nkeras==3.13.0\n    # via tensorflow\ntensorflow==2.20.0\n    # via -r requirements.in\n";
    expect(read("requirements", "requirements.txt", uv).declared.map((d) => d.name)).toEqual(["tensorflow"]);
    const handWritten = "keras==3.13.0\n    # via tensorflow\ntensorflow==2.20.0\n";
    expect(read("requirements", "requirements.txt", handWritten).declared.map((d) => d.name)).toEqual(["keras", "tensorflow"]);
    const oldPipTools = "# This file is autogenerated by pip-compile\n# To update, run:\n#\n#    pip-compile\n#\nkeras==2.4.3              # via tensorflow\nsix==1.15.0               # via -r requirements.in, tensorflow\ntensorflow==2.4.1 \\\n    --hash=sha256:0deb5c583dfc53b54fd158a194ce0087b406bb6518af400ca3809735e4548ec3  # via -r requirements.in\nwrapt==1.12.1 \\\n    --hash=sha256:0deb5c583dfc53b54fd158a194ce0087b406bb6518af400ca3809735e4548ec3  # via tensorflow\n";
    expect(read("requirements", "requirements.txt", oldPipTools).declared.map((d) => d.name)).toEqual(["six", "tensorflow"]);
    const noAnnotate = "# This file is autogenerated by pip-compile with Python 3.11\nkeras==3.13.0\ntensorflow==2.20.0\n";
    expect(read("requirements", "requirements.txt", noAnnotate).declared.map((d) => d.name)).toEqual(["keras", "tensorflow"]);
  });

  it("cuts include cycles and reports them", () => {
    const files = { "a.txt": "-r requirements.txt\ntorch\n" };
    const r = read("requirements", "requirements.txt", "-r a.txt\nnumpy\n", files);
    expect(r.declared.map((d) => d.name)).toEqual(["torch", "numpy"]);
    expect(r.problems).toHaveLength(1);
    expect(r.problems[0]).toMatchObject({ kind: "skipped", path: "a.txt", line: 1 });
    expect(r.problems[0]?.message).toContain("requirements.txt");
  });

  it("reads a file included twice (diamond) only once", () => {
    const files = { "b.txt": "-r common.txt\n", "c.txt": "-r common.txt\n", "common.txt": "torch\n" };
    const r = read("requirements", "requirements.txt", "-r b.txt\n-r c.txt\n", files);
    expect(r.declared.map((d) => d.name)).toEqual(["torch"]);
    expect(r.problems).toEqual([]);
  });

  it("reports missing, outside-root and remote includes with the include and line, and keeps going", () => {
    const r = read("requirements", "sub/requirements.txt", "-r missing.txt\n-r ../../etc/passwd\n-c /abs/constraints.txt\n-r https://example.org/req.txt\ntorch\n");
    expect(r.declared.map((d) => d.name)).toEqual(["torch"]);
    expect(r.problems.map((p) => [p.kind, p.line])).toEqual([
      ["parse-error", 1],
      ["skipped", 2],
      ["skipped", 3],
      ["skipped", 4],
    ]);
    expect(r.problems[0]?.message).toContain("missing.txt");
    expect(r.problems[1]?.message).toContain("../../etc/passwd");
  });

  it("says an include lies in a git submodule that is not checked out (microsoft/BitNet's llama.cpp), not that it is broken", () => {
    const gitmodules = '[submodule "3rdparty/llama.cpp"]\n\tpath = 3rdparty/llama.cpp\n\turl = https://github.com/ggerganov/llama.cpp.git\n';
    const text = [
      "-r 3rdparty/llama.cpp/requirements/requirements-convert_legacy_llama.txt",
      "-r 3rdparty/other/missing.txt",
      "-r 3rdparty/llama.cpp/requirements/requirements-convert_hf_to_gguf.txt",
      "torch",
      "",
    ].join("\n");
    const ctx = repoContext("requirements.txt", { ".gitmodules": gitmodules });
    const r = readManifest("requirements", text, ctx);
    expect(r.declared.map((d) => d.name)).toEqual(["torch"]);
    expect(r.problems.map((p) => [p.kind, p.line])).toEqual([
      ["parse-error", 2],
      ["skipped", 1],
    ]);
    expect(r.problems[1]?.message).toBe(
      "2 requirements files it includes (3rdparty/llama.cpp/requirements/requirements-convert_legacy_llama.txt, 3rdparty/llama.cpp/requirements/requirements-convert_hf_to_gguf.txt) are in the git submodule 3rdparty/llama.cpp, which is not checked out (actions/checkout: `submodules: true`), and not read",
    );
    const one = readManifest("requirements", "-r 3rdparty/llama.cpp/requirements.txt\n", repoContext("requirements.txt", { ".gitmodules": gitmodules }));
    expect(one.problems).toEqual([expect.objectContaining({ kind: "skipped", line: 1, message: expect.stringMatching(/^requirements file 3rdparty\/llama.cpp\/requirements.txt is in the git submodule 3rdparty\/llama.cpp,/) })]);
    // .gitmodules is read through the repository reader, so the facts cache sees it as a file they depend on;
    // once, however many includes are missing
    expect(ctx.reads).toContain(".gitmodules");
    expect(ctx.reads.filter((r) => r === ".gitmodules")).toHaveLength(1);
  });

  it("reads 10,000 lines quickly", () => {
    const lines: string[] = [];
    for (let i = 0; i < 10_000; i++) lines.push(i % 10 === 0 ? `# comment ${i}` : i % 7 === 0 ? `pkg-${i}[extra]>=1.${i},<2 ; python_version >= "3.9"` : `pkg_${i}==1.0.${i}`);
    const r = read("requirements", "requirements.txt", lines.join("\n"));
    expect(r.declared).toHaveLength(9000);
    expect(r.problems).toEqual([]);
  });

  it("never throws on arbitrary text", () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom("a", "-", "r", " ", "\n", "\\", "#", "=", ">", "@", ";", "[", "]", ".", "/", "\r", "c", "e", "'", '"') }), (text) => {
        const r = readManifest("requirements", text, repoContext("requirements.txt", { "r.txt": "-r requirements.txt", "a": "torch" }));
        expect(Array.isArray(r.declared)).toBe(true);
        for (const d of r.declared) expect(d.line).toBeGreaterThanOrEqual(1);
      }),
      { numRuns: 300 },
    );
  });
});

describe("manifestKind", () => {
  it.each([
    ["requirements.txt", "requirements"],
    ["requirements-dev.txt", "requirements"],
    ["dev-requirements.txt", "requirements"],
    ["docs/requirements.txt", "requirements"],
    ["requirements/base.txt", "requirements"],
    ["pyproject.toml", "pyproject"],
    ["pkg/setup.py", "setup-py"],
    ["setup.cfg", "setup-cfg"],
    ["Pipfile", "pipfile"],
    ["Pipfile.lock", "pipfile-lock"],
    ["environment.yml", "conda"],
    ["environment.yaml", "conda"],
    ["conda-environment.yml", "conda"],
    ["conda.yaml", "conda"],
    ["mlflow/MNIST/conda.yml", "conda"],
    ["conda-extras.yaml", "conda"],
    ["conda_env.yml", "conda"],
    ["Dockerfile", "dockerfile"],
    ["docker/Dockerfile.gpu", "dockerfile"],
    ["serving.Dockerfile", "dockerfile"],
    ["Containerfile", "dockerfile"],
    ["web/package.json", "package-json"],
    ["poetry.lock", "poetry-lock"],
    ["uv.lock", "uv-lock"],
  ])("%s -> %s", (path, kind) => {
    expect(manifestKind(path)).toBe(kind);
  });

  it.each(["constraints.txt", "README.txt", "env.yml", "notes/requirements.md", "node_modules/x/package.json", "src/setup_utils.py", ".Dockerfile", "Pipfile.bak", "licenses/third_party.txt", "conda_build_config.yaml", "conda-lock.yml", ".github/workflows/conda.yml", "anaconda.yml"])("%s is not a manifest", (path) => {
    expect(manifestKind(path)).toBeUndefined();
  });
});

describe("version specifiers pip refuses", () => {
  it.each([">=2.7", "==2.7.*", "!=1.*", "~=2.0", "~=1!2.3", ">=1.0,<2", "==1.0+cu118", ">=2.0.0rc1", "==1!2.*", ""])("%s is valid", (spec) => {
    expect(specifierProblem(spec)).toBeUndefined();
  });
  it.each([
    [">=2.7.*", /only allowed after `==` or `!=`/],
    ["<3.*", /only allowed after/],
    ["~=2", /at least two release numbers, as in `~=2\.0`/],
    ["==2.*.1", /may only end a release/],
    [">=1.0, ~=3", /~=3/],
  ])("%s is refused: %s", (spec, why) => {
    expect(specifierProblem(spec)).toMatch(why);
  });
  it("tensorflow/examples' `tensorflow>=2.7.*` is declared as written, and is a parse-error on its line", () => {
    const text = "# model personalization\ntensorflow>=2.7.*\nnumpy\n";
    const r = read("requirements", "requirements.txt", text);
    expect(r.declared.map((d) => [d.name, d.specifier, d.line])).toEqual([
      ["tensorflow", ">=2.7.*", 2],
      ["numpy", "", 3],
    ]);
    expect(r.problems).toEqual([
      {
        kind: "parse-error",
        path: "requirements.txt",
        line: 2,
        message:
          'pip refuses "tensorflow>=2.7.*", an invalid version specifier: `>=2.7.*`: a `.*` version is only allowed after `==` or `!=` (PEP 440). The audit read the requirement as written',
      },
    ]);
  });
  it("the same check in pyproject.toml, setup.cfg and setup.py", () => {
    const py = read("pyproject", "pyproject.toml", '[project]\nname = "x"\ndependencies = [\n  "torch~=2",\n  "numpy>=1.24",\n]\n');
    expect(py.problems.map((p) => [p.line, p.message.slice(0, 26)])).toEqual([[4, 'pip refuses "torch~=2", an']]);
    const cfg = read("setup-cfg", "setup.cfg", "[options]\ninstall_requires =\n    torch>=2.1.*\n");
    expect(cfg.problems.map((p) => p.line)).toEqual([3]);
    const sp = read("setup-py", "setup.py", 'from setuptools import setup\nsetup(install_requires=["tensorflow<3.*"])\n');
    expect(sp.problems.map((p) => p.line)).toEqual([2]);
    expect(sp.declared.map((d) => d.specifier)).toEqual(["<3.*"]);
  });
});
