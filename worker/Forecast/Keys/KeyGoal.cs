namespace Daisee.Billing.Worker.Forecast.Keys;

/// <summary>
/// What suggested keys serve: <c>maximise-local</c> (as much local energy as the forecast
/// consumption can take) or <c>follow-shares</c> (production split by the members' shares —
/// <c>staticKey</c>, else <c>investmentShare</c>, else equal — with what a member cannot take
/// passed on to the others, so nothing is wasted that someone could consume).
/// </summary>
public static class KeyGoal
{
    public const string MaximiseLocal = "maximise-local";
    public const string FollowShares = "follow-shares";

    public static bool IsKnown(string goal) => goal is MaximiseLocal or FollowShares;
}
