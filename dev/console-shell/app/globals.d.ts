// webpack's Module Federation runtime, available in the host's bundle.
declare function __webpack_init_sharing__(scope: string): Promise<void>;
declare const __webpack_share_scopes__: { default: Record<string, unknown> };
