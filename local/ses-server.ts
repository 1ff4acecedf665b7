import sesLocal from 'aws-ses-v2-local';

type StartSesServer = typeof sesLocal;

// aws-ses-v2-local is CommonJS with `exports.default`: Node's ESM loader hands over the
// whole exports object, bundlers and vitest the function itself. Accept both.
export const startSesServer: StartSesServer =
  (sesLocal as unknown as { default?: StartSesServer }).default ?? sesLocal;
