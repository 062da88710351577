import type { ProgramInfo } from "sigma/rendering";
import type { RenderParams } from "sigma/types";
import { describe, expect, it } from "vitest";
import { lighterWhileMoving } from "./lighter-while-moving";

/** A renderer with just what `cameraMoving` reads. */
function renderer(state: { animated: boolean; dragging: boolean; wheel: -1 | 0 | 1 }) {
  return {
    getCamera: () => ({ isAnimated: () => state.animated }),
    getMouseCaptor: () => ({
      isMoving: state.dragging,
      draggedEvents: state.dragging ? 3 : 0,
      currentWheelDirection: state.wheel,
    }),
  };
}

const pick = { name: "pick" } as unknown as ProgramInfo;

/** Records, for each render, whether the picking pass was still attached. */
class Recording {
  renders: Array<"with picking" | "without picking"> = [];
  pickProgram: ProgramInfo | null = pick;
  constructor(public renderer: unknown) {}
  render(_params: RenderParams): void {
    this.renders.push(this.pickProgram ? "with picking" : "without picking");
  }
}

const params = {} as RenderParams;

describe("lighterWhileMoving", () => {
  it("draws the picking layer at rest and skips it while the camera moves", () => {
    const state = { animated: false, dragging: false, wheel: 0 as -1 | 0 | 1 };
    const p = new (lighterWhileMoving(Recording, false))(renderer(state));
    p.render(params);
    state.animated = true;
    p.render(params);
    state.animated = false;
    state.wheel = -1;
    p.render(params);
    state.wheel = 0;
    state.dragging = true;
    p.render(params);
    state.dragging = false;
    p.render(params);
    expect(p.renders).toEqual([
      "with picking",
      "without picking",
      "without picking",
      "without picking",
      "with picking",
    ]);
    expect(p.pickProgram).toBe(pick);
  });

  it("with hide, draws nothing while the camera moves", () => {
    const state = { animated: true, dragging: false, wheel: 0 as -1 | 0 | 1 };
    const p = new (lighterWhileMoving(Recording, true))(renderer(state));
    p.render(params);
    p.render(params);
    state.animated = false;
    p.render(params);
    expect(p.renders).toEqual(["with picking"]);
  });
});
