using Daisee.Billing.Worker.Domain;

namespace Daisee.Billing.Worker.Billing;

/// <summary>One line of a bill: energy of one class at one price, and its amount rounded once (see <see cref="Rounding"/>).</summary>
public sealed record BillLine(string Code, string Label, string PriceClass, Energy Energy, UnitPrice Price, Money Amount);
