/**
 * Fitting the confidence model (confidence.ts): penalised logistic regression with per-type and
 * per-writer intercepts. Used by scripts/fit-confidence.ts, which labels the dev corpora and
 * chooses the penalties; kept here, beside the model it fits, so its tests cover it.
 */
import type { EventType } from '../../domain/taxonomy.js';
import { FEATURES, sigmoid, type ConfidenceModel, type Evidence } from './confidence.js';

export interface Sample {
  evidence: Evidence;
  right: boolean;
  /** The corpus it came from: one writer. */
  writer: string;
}

/** L2 penalties, in pseudo-examples; a penalty k on a group of intercepts is a N(0, 1/k) prior on them. */
export interface Regularisation {
  /** On the feature weights (features standardised). */
  weights: number;
  /** On each type's departure from the global intercept. */
  types: number;
  /** On each writer's departure from the typical writer: writerSpread is 1/√writers. */
  writers: number;
}

const MAX_ITERATIONS = 200;
const TOLERANCE = 1e-10;

/** Solves H x = b for a symmetric positive definite H (Cholesky). */
function solve(h: number[][], b: number[]): number[] {
  const n = b.length;
  const l = h.map(() => new Array<number>(n).fill(0));
  for (let i = 0; i < n; i++) {
    for (let j = 0; j <= i; j++) {
      let sum = h[i][j];
      for (let k = 0; k < j; k++) sum -= l[i][k] * l[j][k];
      l[i][j] = i === j ? Math.sqrt(sum) : sum / l[j][j];
    }
  }
  const z = new Array<number>(n).fill(0);
  for (let i = 0; i < n; i++) {
    let sum = b[i];
    for (let k = 0; k < i; k++) sum -= l[i][k] * z[k];
    z[i] = sum / l[i][i];
  }
  const x = new Array<number>(n).fill(0);
  for (let i = n - 1; i >= 0; i--) {
    let sum = z[i];
    for (let k = i + 1; k < n; k++) sum -= l[k][i] * x[k];
    x[i] = sum / l[i][i];
  }
  return x;
}

/**
 * Penalised logistic regression on standardised features with a global intercept (free), feature
 * weights, type intercepts and writer intercepts (both shrunk toward zero), by Newton steps with an
 * active set: an increasing feature's weight that would go below zero is held at zero while the
 * gradient pushes it down. Deterministic: fixed start, exact steps, fixed stopping rule.
 */
export function fitModel(samples: Sample[], reg: Regularisation): ConfidenceModel {
  const n = samples.length;
  const d = FEATURES.length;
  const raw = samples.map((s) => FEATURES.map((f) => f.of(s.evidence)));
  const mean = FEATURES.map((_, j) => raw.reduce((sum, x) => sum + x[j], 0) / n);
  const sd = FEATURES.map((_, j) => Math.sqrt(raw.reduce((sum, x) => sum + (x[j] - mean[j]) ** 2, 0) / n) || 1);
  const types = [...new Set(samples.map((s) => s.evidence.type))].sort();
  const writers = [...new Set(samples.map((s) => s.writer))].sort();
  const size = 1 + d + types.length + writers.length;
  // each sample as its non-zero columns (intercept, standardised features, its type, its writer), in flat typed
  // arrays: the loops below run over every sample at every Newton step and every step-halving of every fit, and the
  // fit script makes tens of thousands of fits. Sums keep the order of the arithmetic, so the model is the same.
  const width = d + 3;
  const columns = new Int32Array(n * width);
  const values = new Float64Array(n * width);
  const ys = new Float64Array(n);
  samples.forEach((s, i) => {
    const at = i * width;
    columns[at] = 0;
    values[at] = 1;
    for (let j = 0; j < d; j++) {
      columns[at + 1 + j] = 1 + j;
      values[at + 1 + j] = (raw[i][j] - mean[j]) / sd[j];
    }
    columns[at + 1 + d] = 1 + d + types.indexOf(s.evidence.type);
    values[at + 1 + d] = 1;
    columns[at + 2 + d] = 1 + d + types.length + writers.indexOf(s.writer);
    values[at + 2 + d] = 1;
    ys[i] = s.right ? 1 : 0;
  });
  const penalty = Array.from({ length: size }, (_, k) => (k === 0 ? 0 : k <= d ? reg.weights : k <= d + types.length ? reg.types : reg.writers) / n);
  const constrained = (k: number) => k >= 1 && k <= d && FEATURES[k - 1].increasing === true;
  const linear = (theta: number[], i: number) => {
    let z = 0;
    for (let m = i * width, end = m + width; m < end; m++) z += theta[columns[m]] * values[m];
    return z;
  };
  const objective = (theta: number[]) => {
    let f = 0;
    for (let i = 0; i < n; i++) {
      const z = linear(theta, i);
      f += (Math.max(z, 0) + Math.log1p(Math.exp(-Math.abs(z))) - ys[i] * z) / n;
    }
    let shrink = 0;
    for (let k = 0; k < size; k++) shrink += 0.5 * penalty[k] * theta[k] * theta[k];
    return f + shrink;
  };

  let theta = new Array<number>(size).fill(0);
  const held = new Set<number>();
  for (let iteration = 0; iteration < MAX_ITERATIONS; iteration++) {
    const g = theta.map((v, k) => penalty[k] * v);
    const h = new Float64Array(size * size);
    for (let k = 0; k < size; k++) h[k * size + k] = penalty[k];
    for (let i = 0; i < n; i++) {
      const p = sigmoid(linear(theta, i));
      const w = (p * (1 - p)) / n;
      const at = i * width;
      for (let ma = 0; ma < width; ma++) {
        const a = columns[at + ma];
        const va = values[at + ma];
        g[a] += ((p - ys[i]) * va) / n;
        // the lower triangle only (a row's columns increase): solve reads no other part of h
        for (let mb = 0; mb <= ma; mb++) h[a * size + columns[at + mb]] += w * va * values[at + mb];
      }
    }
    const free = theta.map((_, k) => k).filter((k) => !held.has(k));
    const step = solve(
      free.map((i) => free.map((j) => h[i * size + j])),
      free.map((k) => -g[k]),
    );
    if (Math.max(...step.map(Math.abs)) < TOLERANCE) {
      // optimal with these weights held at zero: release the one the gradient would raise most, if any
      const release = [...held].filter((k) => g[k] < -TOLERANCE).sort((a, b) => g[a] - g[b])[0];
      if (release === undefined) break;
      held.delete(release);
      continue;
    }
    // go no further than the first constrained weight reaching zero, then halve until the loss falls
    let alpha = 1;
    let blocking = -1;
    free.forEach((k, m) => {
      if (constrained(k) && step[m] < 0 && -theta[k] / step[m] < alpha) {
        alpha = -theta[k] / step[m];
        blocking = k;
      }
    });
    const start = objective(theta);
    const moved = (a: number) => {
      const next = [...theta];
      free.forEach((k, m) => (next[k] += a * step[m]));
      return next;
    };
    let next = moved(alpha);
    while (objective(next) > start + 1e-15 && alpha > 1e-12) {
      alpha /= 2;
      blocking = -1;
      next = moved(alpha);
    }
    if (blocking >= 0) {
      next[blocking] = 0;
      held.add(blocking);
    }
    theta = next;
  }
  // back to raw feature scale: w·(x - mean)/sd = (w/sd)·x - Σ w·mean/sd
  const weights: Record<string, number> = {};
  let intercept = theta[0];
  FEATURES.forEach((f, j) => {
    weights[f.name] = theta[1 + j] / sd[j];
    intercept -= (theta[1 + j] * mean[j]) / sd[j];
  });
  const typeIntercepts: Partial<Record<EventType, number>> = {};
  types.forEach((type, k) => (typeIntercepts[type] = theta[1 + d + k]));
  return roundModel({ intercept, typeIntercepts, weights, writerSpread: 1 / Math.sqrt(reg.writers), unseenText: { shift: 0, scale: 1 } });
}

/** The model fitted on the samples of every writer of `byWriter` but `without`, in byWriter's order (the fit script's unit of work). */
export function fitWithoutWriters(byWriter: Map<string, Sample[]>, without: readonly string[], reg: Regularisation): ConfidenceModel {
  return fitModel(
    [...byWriter].flatMap(([writer, samples]) => (without.includes(writer) ? [] : samples)),
    reg,
  );
}

/** Six decimals: enough for two-decimal probabilities, and a diff of the model file stays readable. */
export function roundModel(model: ConfidenceModel): ConfidenceModel {
  const r = (v: number) => Math.round(v * 1e6) / 1e6 + 0; // + 0: no -0 in the file
  const round = <T extends Record<string, number | undefined>>(o: T) => Object.fromEntries(Object.entries(o).map(([k, v]) => [k, r(v!)])) as T;
  return {
    intercept: r(model.intercept),
    typeIntercepts: round(model.typeIntercepts),
    weights: round(model.weights),
    writerSpread: r(model.writerSpread),
    unseenText: round(model.unseenText),
  };
}

/**
 * Logistic recalibration (Platt): the shift and scale that best turn log-odds `z` into the outcomes
 * `right`, by Newton steps on the two parameters, each halved until it lowers the loss (a full
 * step can overshoot when the log-odds sit far to one side). The scale must come out positive, or
 * more evidence would lower confidence.
 */
export function fitRecalibration(z: number[], right: boolean[]): { shift: number; scale: number } {
  const loss = (shift: number, scale: number) =>
    z.reduce((sum, zi, i) => {
      const p = sigmoid(shift + scale * zi);
      return sum - Math.log(right[i] ? Math.max(p, 1e-300) : Math.max(1 - p, 1e-300));
    }, 0);
  let shift = 0;
  let scale = 1;
  for (let iteration = 0; iteration < MAX_ITERATIONS; iteration++) {
    let gShift = 0;
    let gScale = 0;
    let hss = 0;
    let hsc = 0;
    let hcc = 0;
    z.forEach((zi, i) => {
      const p = sigmoid(shift + scale * zi);
      const r = p - (right[i] ? 1 : 0);
      const w = p * (1 - p);
      gShift += r;
      gScale += r * zi;
      hss += w;
      hsc += w * zi;
      hcc += w * zi * zi;
    });
    let [dShift, dScale] = solve([[hss, hsc], [hsc, hcc]], [-gShift, -gScale]);
    const before = loss(shift, scale);
    while (!(loss(shift + dShift, scale + dScale) <= before) && Math.max(Math.abs(dShift), Math.abs(dScale)) > TOLERANCE) {
      dShift /= 2;
      dScale /= 2;
    }
    shift += dShift;
    scale += dScale;
    if (Math.max(Math.abs(dShift), Math.abs(dScale)) < TOLERANCE) break;
  }
  if (!(scale > 0)) throw new Error(`recalibration scale ${scale}: the evidence does not rank unseen text`);
  return { shift, scale };
}

