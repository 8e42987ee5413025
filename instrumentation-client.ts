// Runs in the browser before any page module. zod 4 compiles object parsers with `new Function`
// after probing whether eval is allowed; our Content-Security-Policy forbids eval, and Chromium
// reports even that caught probe as a violation. Interpreted parsing is fast enough for our forms.
// zod's core only: its global config is all this needs. `import { z } from "zod"` here put all of
// zod (~115 KB) into the bundle of every page, forms or not.
import { config } from "zod/v4/core";

config({ jitless: true });
