import type { Channel, ChannelInput, ChannelOutput } from '../domain/ipc/contract';
import type { AppErrorData, ErrorCode, Result, ValidationIssue } from '../domain/ipc/result';

/**
 * The renderer's typed client over `window.vvt.api`. Every channel answers a Result; `call`
 * unwraps it, so callers write plain async code and handle failures as ApiError.
 */
export class ApiError extends Error {
  constructor(
    readonly data: AppErrorData,
    readonly channel?: Channel,
  ) {
    super(data.message);
    this.name = 'ApiError';
  }

  get code(): ErrorCode {
    return this.data.code;
  }

  get issues(): ValidationIssue[] {
    return this.data.issues ?? [];
  }
}

export type CallArgs<C extends Channel> = ChannelInput<C> extends void ? [] : [input: ChannelInput<C>];

/**
 * Payloads cross the bridge by structured clone, which refuses Vue's reactive proxies.
 * Everything the contract carries is JSON data, so a JSON round trip yields a plain copy.
 */
function plain<T>(value: T): T {
  return value === undefined ? value : (JSON.parse(JSON.stringify(value)) as T);
}

export async function call<C extends Channel>(channel: C, ...args: CallArgs<C>): Promise<ChannelOutput<C>> {
  const bridge = typeof window === 'undefined' ? undefined : window.vvt;
  if (!bridge?.api) {
    throw new ApiError({ code: 'internal', message: 'window.vvt is missing', params: { detail: 'window.vvt' } }, channel);
  }
  const invoke = bridge.api[channel] as unknown as (...input: unknown[]) => Promise<Result<ChannelOutput<C>>>;
  let result: Result<ChannelOutput<C>>;
  try {
    result = await invoke(...args.map(plain));
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    throw new ApiError({ code: 'internal', message: detail, params: { detail } }, channel);
  }
  if (!result.ok) throw new ApiError(result.error, channel);
  return result.value;
}

/** A validation failure found in the renderer, reported exactly like one from main. */
export function validationError(issues: ValidationIssue[]): ApiError {
  return new ApiError({ code: 'validation', message: 'Invalid input', issues });
}

/** Any thrown value as AppErrorData, so the UI shows every failure the same way. */
export function toErrorData(error: unknown): AppErrorData {
  if (error instanceof ApiError) return error.data;
  const detail = error instanceof Error ? error.message : String(error);
  return { code: 'internal', message: detail, params: { detail } };
}

type Translate = (key: string, params?: Record<string, unknown>) => string;
type HasKey = (key: string) => boolean;

/** The user-facing text of an error: `errors.<code>` with its params, in the current language. */
export function errorMessage(t: Translate, data: AppErrorData): string {
  const params = { detail: data.message, ...data.params };
  // A refusal names its own text (e.g. parties.errors.party_still_linked); otherwise the code's text.
  const key = typeof data.params?.messageKey === 'string' ? data.params.messageKey : `errors.${data.code}`;
  // Messages such as errors.io name {detail}; fall back to the English technical message.
  return t(key, params);
}

/** The text for one field issue: `errors.issue.<zod code>`, else the issue's own message. */
export function issueMessage(t: Translate, te: HasKey, issue: ValidationIssue): string {
  const key = `errors.issue.${issue.code}`;
  if (te(key)) return t(key, issue.params ?? {});
  const catalogueKey = `legalChecks.issues.${issue.code}`;
  return te(catalogueKey) ? t(catalogueKey, issue.params ?? {}) : issue.message;
}
