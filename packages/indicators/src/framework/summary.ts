import { type Framework, type IndicatorKind, tagValues } from '@regin/domain';

/** Indicators under one axis value. */
export interface AxisValueSummary {
  id: string;
  parent?: string | undefined;
  /** Indicators tagged with this value, or on a nested axis with this value or any descendant. */
  indicators: number;
  policy: number;
  outcome: number;
  /** Indicators tagged with exactly this value (equals `indicators` on a flat axis). */
  direct: number;
}

export interface AxisSummary {
  id: string;
  nested: boolean;
  values: AxisValueSummary[];
  /** Indicators with no tag on this axis. */
  untagged: number;
}

/** What a framework holds, in counts: for an import preview and the framework page. */
export interface FrameworkSummary {
  id: string;
  version: string;
  illustrative: boolean;
  indicators: number;
  byKind: Record<IndicatorKind, number>;
  /** Policy indicators whose weight is 0 (shown, not scored). */
  zeroWeight: number;
  axes: AxisSummary[];
  /** Language → indicators whose question has a text in it. */
  questionLanguages: Record<string, number>;
}

export function frameworkSummary(framework: Framework): FrameworkSummary {
  const byKind: Record<IndicatorKind, number> = { policy: 0, outcome: 0 };
  const questionLanguages: Record<string, number> = {};
  let zeroWeight = 0;
  for (const indicator of framework.indicators) {
    byKind[indicator.kind] += 1;
    if (indicator.kind === 'policy' && indicator.weight === 0) zeroWeight += 1;
    for (const language of Object.keys(indicator.question.text)) {
      questionLanguages[language] = (questionLanguages[language] ?? 0) + 1;
    }
  }
  const axes = framework.axes.map((axis): AxisSummary => {
    const parents = new Map(axis.values.map((value) => [value.id, value.parent]));
    /** The value and its ancestors (a nested axis counts an indicator under every level above it). */
    const lineage = (valueId: string): string[] => {
      const chain = [valueId];
      let parent = axis.nested ? parents.get(valueId) : undefined;
      while (parent !== undefined && !chain.includes(parent)) {
        chain.push(parent);
        parent = parents.get(parent);
      }
      return chain;
    };
    const counts = new Map(
      axis.values.map((value) => [value.id, { indicators: 0, policy: 0, outcome: 0, direct: 0 }]),
    );
    let untagged = 0;
    for (const indicator of framework.indicators) {
      const tags = tagValues(indicator, axis.id);
      if (tags.length === 0) untagged += 1;
      const covered = new Set(tags.flatMap(lineage));
      for (const valueId of covered) {
        const count = counts.get(valueId);
        if (count === undefined) continue;
        count.indicators += 1;
        count[indicator.kind] += 1;
      }
      for (const valueId of tags) {
        const count = counts.get(valueId);
        if (count !== undefined) count.direct += 1;
      }
    }
    return {
      id: axis.id,
      nested: axis.nested,
      untagged,
      values: axis.values.map((value) => ({
        id: value.id,
        ...(value.parent === undefined ? {} : { parent: value.parent }),
        ...(counts.get(value.id) as { indicators: number; policy: number; outcome: number; direct: number }),
      })),
    };
  });
  return {
    id: framework.id,
    version: framework.version,
    illustrative: framework.illustrative,
    indicators: framework.indicators.length,
    byKind,
    zeroWeight,
    axes,
    questionLanguages,
  };
}
