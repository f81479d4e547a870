/**
 * The input the code scanners are primed with (src/scanning/prime.ts): one Python module that uses every
 * construct the lexer and the scanner tell apart, a few lines of the malformed input they recover from, CRLF
 * line ends with tab indentation, and a notebook with every kind of cell and output. Only executed code paths
 * matter here, not the facts: they are discarded. tests/scanning/prime.test.ts checks that the samples still
 * reach the scanner's paths (imports of every form, each kind of usage, the recovery problems, notebook pins).
 */

/** A valid Python 3 module (CPython's `ast` parses it) touching every token kind and scanner path. */
export const PRIME_PYTHON = String.raw`#!/usr/bin/env python
# -*- coding: utf-8 -*-
"""Module docstring naming torch.compile and tf.lite, which are not usages."""
from __future__ import annotations
import os, sys
import json as _json
import numpy as np
import torch
import torch.nn as nn
import torch.nn.functional as F
import tensorflow as tf
import tensorflow.compat.v1 as tf1
from tensorflow import keras
from tensorflow.keras import layers as L, mixed_precision
from torch.nn.parallel import DistributedDataParallel as DDP
from torch.distributed.fsdp import (
    FullyShardedDataParallel as FSDP,
    MixedPrecision,
)
from . import utils
from .models import Net as _Net
from .. import config
import a.b.c as abc
try:
    import onnxruntime as ort
except ImportError:
    ort = None
try:
    import jax
    import jax.numpy as jnp
except (ImportError, ModuleNotFoundError) as e:
    raise RuntimeError("jax missing") from e
finally:
    pass
from contextlib import suppress
with suppress(ImportError):
    import tensorflow_addons as tfa
from typing import TYPE_CHECKING
if TYPE_CHECKING:
    import transformers
if is_torch_available():
    import torch_xla.core.xla_model as xm
elif sys.version_info >= (3, 8):
    pass
else:
    import lightning as pl

N = 0x1F + 0o17 + 0b101 + 1_000 + 1.5e-3 + .5 + 5. + 3j + 1E10 + 0xdead_beef
S = 'single' "double" '''triple
single''' """triple
double""" r'raw\d' u'unicode' R"RAW"
BS = b'bytes' rb'\x00' Br'x'
FS = f'{N}' f"{N!r:>10}" f'{f"{N}"}' rf'{S}\d' f'''{N}
{S!s}''' f"{{literal}}" f'{N:{10}.{2}}' f"{ {'a': 1}['a'] }"
ESC = 'it\'s' "say \"hi\"" 'tab\there' '\\' "\\\""
path = "model.tflite"
export_path = "gs://example-models/mobile/quantized/int8/exported/from/the/training/run/of/the/week/for/the/phone/build/model_int8.tflite"
url = "http://localhost:8501/v1/models/resnet:predict"
policy = "mixed_float16"
os.environ["KERAS_BACKEND"] = "jax"
lst = [1, 2, 3,
       4, 5]
dct = {"a": (1, 2), 'b': {3, 4}}
total = 1 + \
    2
x = y = z = None; w = 1
a += 1; a -= 1; a *= 2; a /= 2; a //= 2; a %= 3; a **= 2; a @= m; a &= 1; a |= 1; a ^= 1; a >>= 1; a <<= 1
b = (a < 1) or (a > 2) and (a <= 3) != (a >= 4) == (not a) is None
c = a if a else ~a ^ a & a | a << 1 >> 1
d = lambda q, *args, **kw: (q, args, kw)
e = [i for i in range(10) if i % 2]
if (n := len(e)) > 3:
    print(n, ...)
café = "non-ASCII identifier"
données = café

@torch.no_grad()
@torch.jit.script
def forward(x: torch.Tensor, *, scale: float = 1.0) -> torch.Tensor:
    """Docstring: torch.compile(model) is only text here."""
    import tensorflow_hub as hub  # lazy import
    global N
    y = F.relu(x) * scale
    return torch.compile(y, mode="max-autotune", fullgraph=True)

class Model(nn.Module):
    def __init__(self):
        super().__init__()
        self.fc = nn.Linear(10, 10)
        self.q = torch.ao.quantization.quantize_dynamic(self.fc, {nn.Linear}, dtype=torch.qint8)

    async def step(self, batch):
        nonlocal_value = await batch
        with torch.autocast("cuda", dtype=torch.bfloat16), torch.cuda.amp.autocast():
            out = self.fc(batch).to("cuda").half()
        return out

model = DDP(Model().cuda(), device_ids=[0])
cfg = dict(jit_compile=True, mode="max-autotune")
model = FSDP(model, mixed_precision=MixedPrecision(param_dtype=torch.float16))
opt = torch.optim.AdamW(model.parameters(), lr=-1e-3)
scaler = torch.cuda.amp.GradScaler(enabled=True)
traced = torch.jit.trace(model, torch.randn(1, 10))
torch.onnx.export(model, torch.randn(1, 10), "model.onnx", opset_version=17)
qmodel = torch.quantization.quantize_dynamic(model)
strategy = tf.distribute.TPUStrategy(tf.distribute.cluster_resolver.TPUClusterResolver())
mixed_precision.set_global_policy("mixed_bfloat16")
keras.mixed_precision.set_global_policy(policy)

@tf.function(jit_compile=True)
def train_step(x):
    with tf.GradientTape() as tape:
        loss = tf.reduce_mean(x)
    return tape.gradient(loss, [x])

converter = tf.lite.TFLiteConverter.from_saved_model("export/")
tflite_model = converter.convert()
open(f"{path}", "wb").write(tflite_model)
tf.saved_model.save(model, "export/1")
model.save("saved_model_dir")
model.export("exported")
sess = tf1.Session(); tf.compat.v1.disable_eager_execution()
ds = tf.data.Dataset.from_tensor_slices(np.zeros(3)).batch(32).prefetch(tf.data.AUTOTUNE)
tf.keras.layers.Dense(10)
x = xm.xla_device()
match x:
    case [a, b]:
        pass
    case {"k": v}:
        pass
    case _:
        pass
while False:
    break
for i in range(3):
    continue
del x
assert True, "message"
`;

/** Malformed input: a Python 2 print statement, a stray character, an unterminated string, an unclosed bracket. */
export const PRIME_BROKEN_PYTHON = "import torch\nprint \"python 2\"\nexec \"code\"\n$ stray\ns = 'unterminated\nt = (1,\n";

/** A triple-quoted string still open at the end of the file (the lexer's end-of-file recovery). */
export const PRIME_UNTERMINATED = 'import torch\nmodel = torch.compile(model, mode="""never closed\n';

/** A last line with no line end (the lexer's end-of-file NEWLINE). */
export const PRIME_NO_FINAL_NEWLINE = "import torch\nmodel = torch.compile(model)";

/** CRLF line ends, tab indentation and a form feed (the lexer's other line-end and indentation paths). */
export const PRIME_CRLF_TABS = "import torch as T\r\nif T.cuda.is_available():\r\n\tmodel = T.compile(model)\r\n\tif True:\r\n\t\tpass\r\n\fx = 1\r\n";

/** An nbformat 4 notebook: markdown, code (magics, shell escapes, help, `%pip`), raw cells; stream, image, error outputs. */
export const PRIME_NOTEBOOK = "{\n \"cells\": [\n  {\n   \"cell_type\": \"markdown\",\n   \"metadata\": {},\n   \"source\": [\n    \"# Title\\n\",\n    \"Uses `torch.compile` in text only.\\n\"\n   ]\n  },\n  {\n   \"cell_type\": \"code\",\n   \"execution_count\": 1,\n   \"metadata\": {\n    \"tags\": []\n   },\n   \"outputs\": [\n    {\n     \"name\": \"stdout\",\n     \"output_type\": \"stream\",\n     \"text\": [\n      \"epoch 1 loss 0.5\\n\",\n      \"epoch 2 loss 0.4\\n\"\n     ]\n    }\n   ],\n   \"source\": [\n    \"%pip install torch==2.1.0 'tensorflow>=2.12'\\n\",\n    \"!pip install -q onnx\\n\",\n    \"import torch\\n\",\n    \"x = torch.compile(model)\\n\",\n    \"model?\\n\",\n    \"?torch.nn\\n\",\n    \"files = !ls\\n\"\n   ]\n  },\n  {\n   \"cell_type\": \"code\",\n   \"execution_count\": 2,\n   \"metadata\": {},\n   \"outputs\": [\n    {\n     \"data\": {\n      \"image/png\": \"iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==\",\n      \"text/plain\": [\n       \"<Figure>\"\n      ]\n     },\n     \"metadata\": {},\n     \"output_type\": \"display_data\"\n    },\n    {\n     \"data\": {\n      \"text/plain\": [\n       \"tensor([1.])\"\n      ]\n     },\n     \"execution_count\": 2,\n     \"metadata\": {},\n     \"output_type\": \"execute_result\"\n    }\n   ],\n   \"source\": \"%%time\\nimport tensorflow as tf\\ntf.function(jit_compile=True)\\nconverter = tf.lite.TFLiteConverter.from_keras_model(m)\\n\"\n  },\n  {\n   \"cell_type\": \"code\",\n   \"execution_count\": null,\n   \"metadata\": {},\n   \"outputs\": [\n    {\n     \"ename\": \"ValueError\",\n     \"evalue\": \"bad\",\n     \"output_type\": \"error\",\n     \"traceback\": [\n      \"\\u001b[0;31mValueError\\u001b[0m\"\n     ]\n    }\n   ],\n   \"source\": [\n    \"%%bash\\n\",\n    \"pip install jax[cuda] \\\\\\n\",\n    \"  flax\\n\"\n   ]\n  },\n  {\n   \"cell_type\": \"raw\",\n   \"metadata\": {},\n   \"source\": [\n    \"raw \\\"text\\\" \\u00e9\\n\"\n   ]\n  }\n ],\n \"metadata\": {\n  \"kernelspec\": {\n   \"display_name\": \"Python 3\",\n   \"language\": \"python\",\n   \"name\": \"python3\"\n  },\n  \"language_info\": {\n   \"name\": \"python\",\n   \"version\": \"3.11.7\"\n  }\n },\n \"nbformat\": 4,\n \"nbformat_minor\": 5\n}";
