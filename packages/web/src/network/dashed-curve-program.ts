import { createEdgeCurveProgram } from "@sigma/edge-curve";
import type { EdgeProgramType } from "sigma/rendering";

// The curve program of @sigma/edge-curve draws a quadratic Bézier by measuring, per fragment,
// the distance to the curve. This fragment shader also keeps the curve parameter t of the nearest
// point and leaves gaps along the curve's length, so a parallel tie that rests only on alleged or
// speculated claims stays dashed when it is bent away from its neighbours.
const FRAGMENT = /* glsl */ `
precision highp float;

varying vec4 v_color;
varying float v_thickness;
varying float v_feather;
varying vec2 v_cpA;
varying vec2 v_cpB;
varying vec2 v_cpC;

const vec4 transparent = vec4(0.0, 0.0, 0.0, 0.0);
const float dash = 6.0;

float det(vec2 a, vec2 b) {
  return a.x * b.y - b.x * a.y;
}

// The nearest point of the curve b0 b1 b2 (relative to the fragment) and its parameter t.
vec3 nearest(vec2 b0, vec2 b1, vec2 b2) {
  float a = det(b0, b2), b = 2.0 * det(b1, b0), d = 2.0 * det(b2, b1);
  float f = b * d - a * a;
  vec2 d21 = b2 - b1, d10 = b1 - b0, d20 = b2 - b0;
  vec2 gf = 2.0 * (b * d21 + d * d10 + a * d20);
  gf = vec2(gf.y, -gf.x);
  vec2 pp = -f * gf / dot(gf, gf);
  vec2 d0p = b0 - pp;
  float ap = det(d0p, d20), bp = 2.0 * det(d10, d0p);
  float t = clamp((ap + bp) / (2.0 * a + b + d), 0.0, 1.0);
  return vec3(mix(mix(b0, b1, t), mix(b1, b2, t), t), t);
}

void main(void) {
  vec2 p = gl_FragCoord.xy;
  vec3 n = nearest(v_cpA - p, v_cpB - p, v_cpC - p);
  float dist = length(n.xy);
  float halfThickness = v_thickness / 2.0;
  if (dist < halfThickness) {
    #ifdef PICKING_MODE
    gl_FragColor = v_color;
    #else
    // Length of a quadratic Bézier: about the mean of its chord and its control polygon.
    float len = 0.5 * (length(v_cpC - v_cpA) + length(v_cpB - v_cpA) + length(v_cpC - v_cpB));
    if (mod(n.z * len, dash * 2.0) > dash) discard;
    float t = smoothstep(halfThickness - v_feather, halfThickness, dist);
    gl_FragColor = mix(v_color, transparent, t);
    #endif
  } else {
    gl_FragColor = transparent;
  }
}
`;

/** A sigma edge program drawing curved dashed ties (6 px dash, 6 px gap), bent by `curvature`. */
export const DashedCurveProgram: EdgeProgramType = createEdgeCurveProgram();
// Each call of the factory makes a class of its own, so this one alone gets the dashed shader.
const proto = DashedCurveProgram.prototype as unknown as {
  getDefinition(this: unknown): Record<string, unknown>;
};
const curveDefinition = proto.getDefinition;
proto.getDefinition = function getDefinition() {
  return { ...curveDefinition.call(this), FRAGMENT_SHADER_SOURCE: FRAGMENT };
};

/** The plain curved tie program, bent by the edge's `curvature` attribute. */
export const CurveProgram: EdgeProgramType = createEdgeCurveProgram();
