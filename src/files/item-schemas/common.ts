/**
 * Building blocks of the item schemas: the zod shape of a saved inventory's items, checked against the item types
 * of src/model/items at compile time (`itemSchema<Item>()`), so a field added to a type without its schema, or
 * turned into a Fact<T> without `fact()`, is a compile error rather than a field silently left unchecked.
 */
import { z } from 'zod';
import { FAILURE_KINDS, type UnknownFact } from '../../model/failure.js';

export const failureSchema = z.object({
  api: z.string(),
  action: z.string(),
  code: z.string(),
  kind: z.enum(FAILURE_KINDS),
  message: z.string(),
  region: z.string().optional(),
  resourceArn: z.string().optional(),
  field: z.string().optional(),
});

const unknownFactSchema = z.object({ unknown: failureSchema });

/** A `Fact<T>`: the value itself, or `{ unknown: <failure> }` when it could not be collected. */
export function fact<T extends z.ZodType>(schema: T): z.ZodUnion<[T, typeof unknownFactSchema]> {
  return z.union([schema, unknownFactSchema]);
}

export const tags = z.record(z.string(), z.string());
/**
 * `tags: Record<string, string> | undefined` (undefined when the tags could not be read, the failure recorded on the
 * item): the key may be absent from the file (JSON has no undefined) while the type keeps it required.
 */
export const tagsIfRead = tags.optional().transform((value) => value);
export const strings = z.array(z.string());
/** Policy documents and other free-form JSON: any value (nesting is bounded by the file reader). */
export const document = z.unknown();

/** Fields of `Item` the shape lacks, or that may hold an UnknownFact in `Item` but not in the shape's output. */
type Uncovered<Item, Out> = {
  [K in keyof Item]-?: K extends keyof Out
    ? [Extract<Item[K], UnknownFact>] extends [never]
      ? never
      : [Extract<Out[K], UnknownFact>] extends [never]
        ? K
        : never
    : K;
}[keyof Item];

const baseShape = { arn: z.string().min(1), region: z.string().optional() };
type Full<Shape extends z.ZodRawShape> = z.output<z.ZodObject<Omit<typeof baseShape, keyof Shape> & Shape>>;

type Checked<Item, Shape extends z.ZodRawShape> = [Uncovered<Item, Full<Shape>>] extends [never]
  ? Full<Shape> extends Item
    ? Shape
    : { schemaOutputIsNotAssignableTo: Item }
  : { fieldsWithoutSchema: Uncovered<Item, Full<Shape>> };

/**
 * The schema of one item type. `arn` (required, non-empty) and `region` come first; unknown extra fields are kept
 * as they are (an inventory written by a newer patch release still reads), while every field the type declares is
 * checked.
 */
export function itemSchema<Item>() {
  return <Shape extends z.ZodRawShape>(shape: Shape & Checked<Item, Shape>): z.ZodType<Item> =>
    z.looseObject({ ...baseShape, ...shape }) as unknown as z.ZodType<Item>;
}
