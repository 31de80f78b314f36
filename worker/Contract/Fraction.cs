using System.Text.Json;
using System.Text.Json.Serialization;

namespace Daisee.Billing.Contract;

/// <summary>
/// A rate that is present in the document but may be undefined: a number (a fraction, 0..1) or
/// JSON <c>null</c> when its denominator is zero. A <c>Fraction?</c> property that is null is absent.
/// </summary>
[JsonConverter(typeof(FractionJsonConverter))]
public readonly record struct Fraction(decimal? Value);
