/**
 * The mark of the library's own objects: recognised on the object it was made for, never on
 * a copy, and never a way to smuggle unchecked data in.
 */
import { describe, expect, it } from 'vitest';
import { dec } from '../src/decimal.js';
import { markOwn, ownPayload } from '../src/own.js';
import { convert, isQuantity, quantity, readQuantity } from '../src/units/index.js';

const made = () => markOwn({ value: 1 }, 'quantity', { checked: true });

describe('markOwn and ownPayload', () => {
  it('recognise a marked object and give its payload (the object itself by default)', () => {
    const object = made();
    expect(ownPayload(object, 'quantity')).toEqual({ checked: true });
    const itself = markOwn({ a: 1 }, 'projection');
    expect(ownPayload(itself, 'projection')).toBe(itself);
  });
  it('leave the object as it looks: no key, no change to JSON or equality', () => {
    const object = made();
    expect(Object.keys(object)).toEqual(['value']);
    expect(JSON.stringify(object)).toBe('{"value":1}');
    expect(object).toEqual({ value: 1 });
    expect({ ...object }).toEqual({ value: 1 });
  });
  it('do not recognise another kind', () => {
    expect(ownPayload(made(), 'projection')).toBeUndefined();
  });
  it('do not recognise a copy: spread, JSON, structuredClone, Object.assign, Object.create', () => {
    const object = made();
    for (const copy of [
      { ...object },
      JSON.parse(JSON.stringify(object)),
      structuredClone(object),
      Object.assign({}, object),
      Object.create(object),
    ]) {
      expect(ownPayload(copy, 'quantity')).toBeUndefined();
    }
  });
  it('do not recognise values that are no objects, or lookalikes', () => {
    for (const x of [undefined, null, 1, 'quantity', Symbol('x'), () => 1, { kind: 'quantity', payload: 1 }]) {
      expect(ownPayload(x, 'quantity')).toBeUndefined();
    }
  });
  it('do not recognise a proxy whose traps throw, and never throw', () => {
    const hostile = new Proxy(made(), {
      getOwnPropertyDescriptor() {
        throw new Error('trap');
      },
      get() {
        throw new Error('trap');
      },
    });
    expect(ownPayload(hostile, 'quantity')).toBeUndefined();
    const { proxy, revoke } = Proxy.revocable({}, {});
    revoke();
    expect(ownPayload(proxy, 'quantity')).toBeUndefined();
  });
  it('give the genuine payload through a copied mark, and never what a forger offers', () => {
    const genuine = made();
    const symbol = Object.getOwnPropertySymbols(genuine)[0]!;
    const mark = Object.getOwnPropertyDescriptor(genuine, symbol)!;
    const forged = Object.defineProperty({ value: 999 }, symbol, mark);
    expect(ownPayload(forged, 'quantity')).toEqual({ checked: true });
    // A mark that is not one the library made is ignored.
    const fake = Object.defineProperty({}, symbol, { value: { kind: 'quantity', payload: 'forged' } });
    expect(ownPayload(fake, 'quantity')).toBeUndefined();
    // A proxy answering with a genuine mark still gives the genuine payload only.
    const proxy = new Proxy({}, { getOwnPropertyDescriptor: () => ({ ...mark, configurable: true }) });
    expect(ownPayload(proxy, 'quantity')).toEqual({ checked: true });
  });
  it('cannot mark an object twice or once frozen', () => {
    const object = made();
    expect(() => markOwn(object, 'projection')).toThrow(TypeError);
    expect(() => markOwn(Object.freeze({}), 'quantity')).toThrow(TypeError);
  });
});

describe('quantities carry the mark', () => {
  it('are trusted as they are, and a forged quantity reads back the genuine one', () => {
    const q = quantity(240, 'bn-yuan');
    expect(readQuantity(q, 'q')).toBe(q);
    const symbol = Object.getOwnPropertySymbols(q)[0]!;
    const forged = Object.defineProperty({ value: dec(1), unit: { measure: 'tce', multiplier: 0 } }, symbol, Object.getOwnPropertyDescriptor(q, symbol)!);
    expect(readQuantity(forged, 'q')).toBe(q);
    expect(convert(forged as never, '100m-yuan').value.toString()).toBe('2400');
  });
  it('a copy is read again, part by part', () => {
    const copy = { ...quantity(240, 'bn-yuan') };
    expect(isQuantity(copy)).toBe(true);
    expect(readQuantity(copy, 'q')).not.toBe(copy);
    expect(() => readQuantity({ ...copy, value: 'x' }, 'q')).toThrowPlanError('INVALID_DECIMAL', 'q.value: expected');
  });
});
