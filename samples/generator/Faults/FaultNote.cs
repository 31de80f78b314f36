namespace Daisee.Billing.SampleGenerator.Faults;

/// <summary>
/// Where a fault was injected: file relative to the dataset root, the 1-based line(s) as a phrase
/// ("line 957", "lines 463-465", "between lines 693 and 694"), and what was done.
/// </summary>
public sealed record FaultNote(string File, string Lines, string Description);
