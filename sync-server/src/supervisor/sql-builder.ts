// A WHERE clause grown one filter at a time with numbered parameters, so each
// report query only carries the conditions asked for (and the planner can use
// the indexes for them).
export class Where {
  readonly params: unknown[] = [];
  private readonly conditions: string[] = [];

  /** Adds a parameter and returns its placeholder. */
  param(value: unknown): string {
    this.params.push(value);
    return `$${this.params.length}`;
  }

  /** `build` receives the placeholder of `value`; skipped when value is undefined. */
  add<T>(value: T | undefined, build: (p: string) => string): this {
    if (value !== undefined) this.conditions.push(build(this.param(value)));
    return this;
  }

  raw(condition: string): this {
    this.conditions.push(condition);
    return this;
  }

  toString(): string {
    return this.conditions.length === 0 ? '' : `WHERE ${this.conditions.join(' AND ')}`;
  }
}
