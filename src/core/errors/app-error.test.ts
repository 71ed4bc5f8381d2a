import { AppErrorCode, appErrorTexts, RecoveryAction } from "./app-error-codes";
import { AppError, createAppError, isAppError } from "./app-error";

describe("AppError", () => {
  const codes = Object.values(AppErrorCode);

  it.each(codes)("builds %s with its user message, name, and the cause it was given", (code) => {
    const cause = new TypeError("network down");
    const error = createAppError(code, { cause, details: { statusCode: 503 } });

    expect(error).toBeInstanceOf(AppError);
    expect(error).toBeInstanceOf(Error);
    expect(isAppError(error)).toBe(true);
    expect(error.name).toBe("AppError");
    expect(error.code).toBe(code);
    expect(error.message).toBe(appErrorTexts[code].message);
    expect(error.message.length).toBeGreaterThan(20);
    expect(Object.values(RecoveryAction)).toContain(appErrorTexts[code].recovery);
    expect(error.cause).toBe(cause);
    expect(error.details).toStrictEqual({ statusCode: 503 });
  });

  it("has a text for every code and no text without a code", () => {
    expect(Object.keys(appErrorTexts).sort()).toStrictEqual([...codes].sort());
  });

  it("does not treat a plain Error as an AppError", () => {
    expect(isAppError(new Error("x"))).toBe(false);
  });
});
