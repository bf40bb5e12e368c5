export declare const DEFAULT_CHROMIUM_PATH: string;
export declare function chromiumPath(): string;
export declare function isExecutable(file: string): boolean;
export declare function chromiumLaunchOptions(): { executablePath: string; headless: true; args: string[] };
export declare const CHROMIUM_INSTALL_HINT: string;
