import type { ReactNode } from "react";

/** A table's head: one row of column headers, in the order given. */
export function ColumnHeads({ names }: { names: readonly ReactNode[] }) {
  return (
    <thead>
      <tr>
        {/* The columns never reorder, so a column's place is a stable key. */}
        {names.map((n, i) => (
          <th scope="col" key={i}>
            {n}
          </th>
        ))}
      </tr>
    </thead>
  );
}
