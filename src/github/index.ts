import { tuneV8 } from "../core/v8-tuning.js";
import { run } from "./main.js";

tuneV8();
void run();
