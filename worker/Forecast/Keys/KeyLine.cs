using Daisee.Billing.Worker.Domain;

namespace Daisee.Billing.Worker.Forecast.Keys;

/// <summary>A keys-file line that parsed: its step index in the month, the consumer PRM and the coefficient as a fraction (a percent file is divided by 100).</summary>
public readonly record struct KeyLine(int Line, int Step, Prm Prm, decimal Fraction);
