using Daisee.Billing.Worker.Domain;

namespace Daisee.Billing.Worker.Forecast;

/// <summary>
/// One member under one key policy. Consumer: measured = consumption, local = autoconsumed,
/// grid = complement; producer: measured = production, local = sold to members, grid =
/// surplus. <see cref="Saving"/> is the billing rules' saving of a consumer (the bill without
/// the collective minus the local invoice and the supplier's estimate). Shares are fractions
/// of the collective's local energy, consumption and (when <c>collective.json</c> gives
/// <c>investmentShare</c>) investment.
/// </summary>
public sealed record MemberOutcome(Participant Participant, Energy Measured, Energy Local, Energy Grid, Money? Saving, decimal LocalShare, decimal ConsumptionShare, decimal? InvestmentShare);
