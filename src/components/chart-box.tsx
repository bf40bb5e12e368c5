import { useContext, type ReactElement } from "react";
import { ResponsiveContainer } from "recharts";
import { ChartSizeContext } from "./chart-figure";

/**
 * recharts' ResponsiveContainer at the size ChartFigure measured before rendering it, so the
 * chart's first render is at its real size (no empty pass while the container measures itself).
 */
export function ChartBox({ children }: { children: ReactElement }) {
  const size = useContext(ChartSizeContext);
  return (
    <ResponsiveContainer width="100%" height={size.height} initialDimension={size}>
      {children}
    </ResponsiveContainer>
  );
}
