import type Sigma from "sigma";

/**
 * Whether the view is being panned or zoomed: the camera animates (zoom, inertia), the mouse
 * drags, or a wheel turn is under way. The same test sigma uses for `hideEdgesOnMove`.
 */
export function cameraMoving(renderer: Sigma): boolean {
  const mouse = renderer.getMouseCaptor();
  return (
    renderer.getCamera().isAnimated() ||
    mouse.isMoving ||
    mouse.draggedEvents > 0 ||
    mouse.currentWheelDirection !== 0
  );
}
