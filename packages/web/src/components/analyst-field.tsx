import { useState } from "react";
import { analystName, setAnalystName, validAnalystName } from "../state/analyst";

/** The analyst's name, recorded with each change they make; kept in this browser. */
export function AnalystField() {
  const [name, setName] = useState(analystName);
  const bad = name.trim() !== "" && !validAnalystName(name);
  return (
    <label className="analyst-field">
      Your name, recorded with your changes{" "}
      <input
        type="text"
        value={name}
        maxLength={80}
        aria-invalid={bad}
        placeholder="e.g. A. Analyst"
        data-testid="analyst-name"
        onChange={(e) => {
          setName(e.target.value);
          if (!e.target.value.trim() || validAnalystName(e.target.value))
            setAnalystName(e.target.value);
        }}
      />
      {bad ? <span className="error"> letters, digits, spaces and . _ @ : - only</span> : null}
    </label>
  );
}
