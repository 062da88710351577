/**
 * The ids of a case's events with the actor and role of each participant, packed in typed
 * arrays (about 50 bytes an event of five participants instead of the event itself), with a
 * flag per event and per participation for "some claim holds it". Ids are readable slugs
 * (ASCII), stored one byte a character. A streamed import checks claims against it.
 */
export class EventIdIndex {
  private bytes = new Uint8Array(1 << 16);
  private used = 0;
  /** Where each event's id starts in `bytes`; entry `count` is the end of the last. */
  private starts = new Uint32Array(1 << 10);
  /** The event's position in the case's list of events. */
  private positions = new Uint32Array(1 << 10);
  /** Where each event's participants start in `codes`; entry `count` is the end of the last. */
  private partStarts = new Uint32Array(1 << 10);
  private codes = new Uint32Array(1 << 12);
  private heldEvents = new Uint8Array(1 << 10);
  private heldParts = new Uint8Array(1 << 12);
  /** Open addressing: 0 is empty, else the event's number + 1. */
  private slots = new Int32Array(1 << 11);
  private count = 0;

  /** How many events are indexed. */
  get size(): number {
    return this.count;
  }

  /** The event's number, or -1. */
  find(id: string): number {
    const mask = this.slots.length - 1;
    for (let s = hash(id) & mask; ; s = (s + 1) & mask) {
      const v = this.slots[s] as number;
      if (v === 0) return -1;
      if (this.idEquals(v - 1, id)) return v - 1;
    }
  }

  /**
   * Adds an event with its participants' codes (see `participantCode`); returns its number, or
   * -1 when an event with this id is already indexed.
   */
  add(id: string, position: number, participantCodes: readonly number[]): number {
    if ((this.count + 1) * 2 > this.slots.length) this.rehash();
    const mask = this.slots.length - 1;
    let s = hash(id) & mask;
    for (; ; s = (s + 1) & mask) {
      const v = this.slots[s] as number;
      if (v === 0) break;
      if (this.idEquals(v - 1, id)) return -1;
    }
    const n = this.count;
    if (n + 2 > this.starts.length) {
      const size = this.starts.length * 2;
      this.starts = grow(this.starts, size);
      this.partStarts = grow(this.partStarts, size);
      this.positions = grow(this.positions, size);
      this.heldEvents = grow(this.heldEvents, size);
    }
    while (this.used + id.length > this.bytes.length)
      this.bytes = grow(this.bytes, this.bytes.length * 2);
    for (let i = 0; i < id.length; i++) this.bytes[this.used + i] = id.charCodeAt(i) & 0xff;
    this.used += id.length;
    this.starts[n + 1] = this.used;
    this.positions[n] = position;
    const first = this.partStarts[n] as number;
    while (first + participantCodes.length > this.codes.length) {
      this.codes = grow(this.codes, this.codes.length * 2);
      this.heldParts = grow(this.heldParts, this.codes.length);
    }
    for (let i = 0; i < participantCodes.length; i++)
      this.codes[first + i] = participantCodes[i] as number;
    this.partStarts[n + 1] = first + participantCodes.length;
    this.slots[s] = n + 1;
    this.count++;
    return n;
  }

  /** The event's id. */
  id(n: number): string {
    let s = "";
    const end = this.starts[n + 1] as number;
    for (let i = this.starts[n] as number; i < end; i++)
      s += String.fromCharCode(this.bytes[i] as number);
    return s;
  }

  /** The event's position in the case's list of events. */
  position(n: number): number {
    return this.positions[n] as number;
  }

  /** Marks the event as held by a claim. */
  holdEvent(n: number): void {
    this.heldEvents[n] = 1;
  }

  /** Marks the participation with this code as held; false when the event has none such. */
  holdParticipation(n: number, code: number): boolean {
    const end = this.partStarts[n + 1] as number;
    for (let i = this.partStarts[n] as number; i < end; i++) {
      if (this.codes[i] === code) {
        this.heldParts[i] = 1;
        return true;
      }
    }
    return false;
  }

  /** Each event no claim holds, and each participation (by its place in the event) no claim holds. */
  *unheld(): Generator<{ event: number; participant?: number; code?: number }> {
    for (let n = 0; n < this.count; n++) {
      if (this.heldEvents[n] === 0) yield { event: n };
      const first = this.partStarts[n] as number;
      const end = this.partStarts[n + 1] as number;
      for (let i = first; i < end; i++)
        if (this.heldParts[i] === 0)
          yield { event: n, participant: i - first, code: this.codes[i] as number };
    }
  }

  private idEquals(n: number, id: string): boolean {
    const start = this.starts[n] as number;
    if ((this.starts[n + 1] as number) - start !== id.length) return false;
    for (let i = 0; i < id.length; i++)
      if (this.bytes[start + i] !== id.charCodeAt(i)) return false;
    return true;
  }

  private rehash(): void {
    const slots = new Int32Array(this.slots.length * 2);
    const mask = slots.length - 1;
    for (let n = 0; n < this.count; n++) {
      let s = hash(this.id(n)) & mask;
      while (slots[s] !== 0) s = (s + 1) & mask;
      slots[s] = n + 1;
    }
    this.slots = slots;
  }
}

// FNV-1a over the UTF-16 code units.
function hash(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

function grow<T extends Uint8Array | Uint32Array>(a: T, size: number): T {
  const b = new (a.constructor as new (n: number) => T)(size);
  b.set(a);
  return b;
}
