/**
 * Thinning long metric histories for drawing. A chart a few hundred pixels wide cannot show more
 * than a few hundred points anyway; what it must not lose are spikes. So each bucket of the series
 * keeps its lowest and its highest point (in their original order), and the first and last points
 * are always kept: the global minimum and maximum survive, the outline of the curve is unchanged.
 */
export interface Point {
  x: number;
  y: number;
}

/** The smallest budget that still holds first, last, and one bucket's min and max. */
export const MIN_DOWNSAMPLE_POINTS = 4;

/**
 * At most maxPoints points of `points` (assumed ordered by x), containing the first, the last, the
 * global minimum and the global maximum of y. Non-finite y values (NaN, ±Infinity) are skipped, as a
 * chart cannot place them. Returns the input unchanged when it already fits.
 */
export const downsampleMinMax = <P extends Point>(points: readonly P[], maxPoints: number): P[] => {
  const finite = points.filter((point) => Number.isFinite(point.y) && Number.isFinite(point.x));
  const budget = Math.max(MIN_DOWNSAMPLE_POINTS, Math.floor(maxPoints));
  if (finite.length <= budget) return finite;

  const first = finite[0];
  const last = finite[finite.length - 1];
  const interior = finite.slice(1, -1);
  // Two points per bucket, two more for first and last.
  const bucketCount = Math.floor((budget - 2) / 2);
  const bucketSize = interior.length / bucketCount;
  const result: P[] = [first];
  for (let bucket = 0; bucket < bucketCount; bucket += 1) {
    const start = Math.floor(bucket * bucketSize);
    const end = Math.floor((bucket + 1) * bucketSize);
    if (end <= start) continue;
    let minIndex = start;
    let maxIndex = start;
    for (let index = start + 1; index < end; index += 1) {
      if (interior[index].y < interior[minIndex].y) minIndex = index;
      if (interior[index].y > interior[maxIndex].y) maxIndex = index;
    }
    if (minIndex === maxIndex) result.push(interior[minIndex]);
    else if (minIndex < maxIndex) result.push(interior[minIndex], interior[maxIndex]);
    else result.push(interior[maxIndex], interior[minIndex]);
  }
  result.push(last);
  return result;
};
