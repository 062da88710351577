import type Sigma from "sigma";
import type { ProgramInfo } from "sigma/rendering";
import type { RenderParams } from "sigma/types";
import { cameraMoving } from "./camera-moving";

// A mixin's constructor must take `any[]` (TypeScript rule for mixin classes).
type ProgramClass = new (
  // biome-ignore lint/suspicious/noExplicitAny: required by the mixin pattern
  ...args: any[]
) => {
  renderer: unknown;
  pickProgram: ProgramInfo | null;
  render(params: RenderParams): void;
};

/**
 * A sigma program class that does less while the camera moves: it never draws the picking
 * layer (an offscreen pass sigma otherwise repeats every frame, only read on click and hover),
 * and with `hide` it draws nothing at all. The page renders once more when the camera stops.
 */
export function lighterWhileMoving<T extends ProgramClass>(Base: T, hide: boolean): T {
  class Lighter extends Base {
    override render(params: RenderParams): void {
      if (!cameraMoving(this.renderer as Sigma)) {
        super.render(params);
        return;
      }
      if (hide) return;
      const pick = this.pickProgram;
      this.pickProgram = null;
      try {
        super.render(params);
      } finally {
        this.pickProgram = pick;
      }
    }
  }
  return Lighter;
}
