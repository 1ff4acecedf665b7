#!/usr/bin/env node
// `npx tandem …`: the operator commands of SPEC §8, written in TypeScript and run through tsx.
import { register } from 'tsx/esm/api';

register();
await import('../local/cli/main.ts');
