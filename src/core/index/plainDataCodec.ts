/**
 * Packs plain data (objects, arrays, strings, numbers, booleans, null, undefined) into one Int32Array, one
 * Float64Array and a table of distinct strings, and unpacks it again.
 *
 * Why not structured clone: a folder's index is a few hundred thousand small objects. Cloning them is slow on
 * both sides of a thread boundary, every string arrives as its own copy, and the receiving heap gets objects
 * whose later properties live in a separate backing array. Packed, the numbers cross as one memory copy, each
 * distinct string crosses once, and unpacking builds each object from an object literal of its shape.
 *
 * Shared references are not preserved: an object reached twice is written twice.
 *
 * Properties named in `defer` are packed as blocks that unpack to a `Deferred`: a compact copy of the block,
 * unpacked only when asked for (data a receiver may never read costs ~1.5 bytes a value instead of an object).
 * A block shares its message's string table, so those strings stay alive until the last block is unpacked.
 * Arrays named in `deferItems` unpack to arrays of `Deferred`, one per item.
 */
export interface PackedData {
  slots: Int32Array;
  doubles: Float64Array;
  strings: string[];
  /** Property names of each object shape, in order. */
  shapes: string[][];
}

// A slot >= 0 is that non-negative integer; negative slots are tags, some followed by one more slot.
const UNDEFINED = -1;
const NULL = -2;
const FALSE = -3;
const TRUE = -4;
const NEGATIVE_INT = -5; // + the value
const DOUBLE = -6; // + index into doubles
const STRING = -7; // + index into strings
const ARRAY = -8; // + length, then the items
const OBJECT = -9; // + shape index, then one value per property
const DEFERRED = -10; // + block length in slots, then the block (one value)

/** A trie over property names: the path of an object's keys ends at its shape. */
interface ShapeNode {
  id: number;
  next: Map<string, ShapeNode>;
  /** How the value of the key that leads here is packed. */
  deferral: Deferral;
}

export interface PackOptions {
  /** Property names whose values are packed as separately unpacked blocks (see `Deferred`). */
  defer?: ReadonlySet<string>;
  /** Property names of arrays whose items are each packed as a separately unpacked block. */
  deferItems?: ReadonlySet<string>;
}

type Deferral = 'no' | 'value' | 'items';

class Packer {
  private slots = new Int32Array(1 << 16);
  private length = 0;
  private readonly doubles: number[] = [];
  private readonly strings: string[] = [];
  private readonly stringIds = new Map<string, number>();
  private readonly shapes: string[][] = [];
  private readonly shapeRoot: ShapeNode = { id: -1, next: new Map(), deferral: 'no' };

  constructor(private readonly options: PackOptions) {}

  private deferralOf(key: string): Deferral {
    return this.options.defer?.has(key) ? 'value' : this.options.deferItems?.has(key) ? 'items' : 'no';
  }

  private push(slot: number): void {
    if (this.length === this.slots.length) {
      const grown = new Int32Array(this.slots.length * 2);
      grown.set(this.slots);
      this.slots = grown;
    }
    this.slots[this.length++] = slot;
  }

  write(value: unknown): void {
    switch (typeof value) {
      case 'number':
        if ((value | 0) === value) {
          if (value >= 0) this.push(value);
          else {
            this.push(NEGATIVE_INT);
            this.push(value);
          }
        } else {
          this.push(DOUBLE);
          this.push(this.doubles.push(value) - 1);
        }
        return;
      case 'string': {
        let id = this.stringIds.get(value);
        if (id === undefined) {
          id = this.strings.push(value) - 1;
          this.stringIds.set(value, id);
        }
        this.push(STRING);
        this.push(id);
        return;
      }
      case 'boolean':
        this.push(value ? TRUE : FALSE);
        return;
      case 'undefined':
        this.push(UNDEFINED);
        return;
      case 'object':
        if (value === null) this.push(NULL);
        else if (Array.isArray(value)) {
          this.writeArrayStart(value.length);
          for (let i = 0; i < value.length; i++) this.write(value[i]);
        } else if (Object.getPrototypeOf(value) === Object.prototype) this.writeObject(value as Record<string, unknown>);
        else throw new TypeError(`cannot pack a ${value.constructor?.name ?? 'non-plain object'}`);
        return;
      default:
        throw new TypeError(`cannot pack a ${typeof value}`);
    }
  }

  /** The head of an array of `length` items; the caller writes the items next. */
  writeArrayStart(length: number): void {
    this.push(ARRAY);
    this.push(length);
  }

  private writeObject(record: Record<string, unknown>): void {
    this.push(OBJECT);
    const shapeAt = this.length;
    this.push(0);
    // One pass over the properties writes the values and walks to the shape (no key list or joined string per object).
    let node = this.shapeRoot;
    for (const key in record) {
      let next = node.next.get(key);
      if (!next) node.next.set(key, (next = { id: -1, next: new Map(), deferral: this.deferralOf(key) }));
      node = next;
      const value = record[key];
      if (node.deferral === 'no') this.write(value);
      else if (node.deferral === 'value' || !Array.isArray(value)) this.writeDeferred(value);
      else {
        this.push(ARRAY);
        this.push(value.length);
        for (let i = 0; i < value.length; i++) this.writeDeferred(value[i]);
      }
    }
    if (node.id < 0) node.id = this.shapes.push(Object.keys(record)) - 1;
    this.slots[shapeAt] = node.id;
  }

  private writeDeferred(value: unknown): void {
    this.push(DEFERRED);
    const lengthAt = this.length;
    this.push(0);
    this.write(value);
    this.slots[lengthAt] = this.length - lengthAt - 1;
  }

  finish(): PackedData {
    return { slots: this.slots.slice(0, this.length), doubles: Float64Array.from(this.doubles), strings: this.strings, shapes: this.shapes };
  }
}

/** Packs `value`; the typed arrays in the result can be passed in a postMessage transfer list. */
export function pack(value: unknown, options: PackOptions = {}): PackedData {
  const packer = new Packer(options);
  packer.write(value);
  return packer.finish();
}

/**
 * Packs an array of `count` items made one at a time by `item(i)`, exactly as `pack` packs the whole array:
 * each item is written as soon as it is made, so it can be garbage before the next one is built.
 */
export function packEach(count: number, item: (i: number) => unknown, options: PackOptions = {}): PackedData {
  const packer = new Packer(options);
  packer.writeArrayStart(count);
  for (let i = 0; i < count; i++) packer.write(item(i));
  return packer.finish();
}

type Build = (reader: Reader) => object;

/** One builder per shape, made once per process: an object literal gives every property a slot inside the object. */
const builders = new Map<string, Build>();

function builderFor(keys: string[]): Build {
  const signature = keys.join('\u0000');
  let build = builders.get(signature);
  if (!build) {
    const literal = keys.map((k) => `${JSON.stringify(k)}: r.value()`).join(', ');
    build = new Function('r', `return { ${literal} };`) as Build;
    builders.set(signature, build);
  }
  return build;
}

const NO_ITEMS: never[] = Object.freeze([]) as unknown as never[];

/** What a reader needs besides the slots; shared by every block unpacked from one `PackedData`. */
interface Tables {
  doubles: Float64Array;
  strings: string[];
  build: Build[];
  emptyArray: () => unknown[];
}

/** A packed block kept for later: `unpack()` builds its value (again on every call; callers keep the result). */
export class Deferred<T> {
  /** The block's slots as variable-length bytes: most slots are small, so this keeps ~1.5 bytes a slot instead of 4. */
  private readonly bytes: Uint8Array;
  private readonly count: number;

  /** @internal */
  constructor(
    slots: Int32Array,
    private readonly tables: Tables,
  ) {
    this.bytes = toVarints(slots);
    this.count = slots.length;
  }

  unpack(): T {
    return new Reader(fromVarints(this.bytes, this.count), this.tables).all() as T;
  }
}

/** Zigzag (small negatives stay small) then 7 bits a byte, high bit set while more bytes follow. */
function toVarints(slots: Int32Array): Uint8Array {
  const out = new Uint8Array(slots.length * 5);
  let at = 0;
  for (let i = 0; i < slots.length; i++) {
    let v = ((slots[i] << 1) ^ (slots[i] >> 31)) >>> 0;
    while (v >= 0x80) {
      out[at++] = (v & 0x7f) | 0x80;
      v >>>= 7;
    }
    out[at++] = v;
  }
  return out.slice(0, at);
}

function fromVarints(bytes: Uint8Array, count: number): Int32Array {
  const slots = new Int32Array(count);
  let at = 0;
  for (let i = 0; i < count; i++) {
    let v = 0;
    let shift = 0;
    let b: number;
    do {
      b = bytes[at++];
      v |= (b & 0x7f) << shift;
      shift += 7;
    } while (b & 0x80);
    slots[i] = (v >>> 1) ^ -(v & 1);
  }
  return slots;
}

class Reader {
  private pos = 0;

  constructor(
    private readonly slots: Int32Array,
    private readonly tables: Tables,
  ) {}

  all(): unknown {
    const value = this.value();
    if (this.pos !== this.slots.length) throw new Error('corrupt packed data: trailing slots');
    return value;
  }

  value(): unknown {
    const slots = this.slots;
    const slot = slots[this.pos++];
    if (slot >= 0) return slot;
    switch (slot) {
      case STRING:
        return this.tables.strings[slots[this.pos++]];
      case OBJECT:
        return this.tables.build[slots[this.pos++]](this);
      case ARRAY: {
        const n = slots[this.pos++];
        if (n === 0) return this.tables.emptyArray();
        // Sized up front: an array grown by push keeps up to half again its length in spare capacity.
        const items: unknown[] = new Array(n);
        for (let i = 0; i < n; i++) items[i] = this.value();
        return items;
      }
      case UNDEFINED:
        return undefined;
      case NULL:
        return null;
      case FALSE:
        return false;
      case TRUE:
        return true;
      case NEGATIVE_INT:
        return slots[this.pos++];
      case DOUBLE:
        return this.tables.doubles[slots[this.pos++]];
      case DEFERRED: {
        const n = slots[this.pos++];
        // A compact copy, so the whole message's slots need not be kept alive for it.
        const block = new Deferred(slots.subarray(this.pos, this.pos + n), this.tables);
        this.pos += n;
        return block;
      }
      default:
        throw new Error(`corrupt packed data: slot ${slot} at ${this.pos - 1}`);
    }
  }
}

export interface UnpackOptions {
  /** Every empty array becomes one shared frozen array (for data that is only read, it saves an array per empty list). */
  shareEmptyArrays?: boolean;
}

/** Unpacks `data`; blocks packed with `defer` come back as `Deferred` values. */
export function unpack<T>(data: PackedData, options: UnpackOptions = {}): T {
  const tables: Tables = {
    doubles: data.doubles,
    strings: data.strings,
    build: data.shapes.map(builderFor),
    emptyArray: options.shareEmptyArrays ? () => NO_ITEMS : () => [],
  };
  return new Reader(data.slots, tables).all() as T;
}
