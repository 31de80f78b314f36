using Daisee.Billing.Worker.Domain;
using NodaTime;

namespace Daisee.Billing.Worker.Forecast.Keys;

/// <summary>
/// One problem of a keys file found before it is sent to the grid operator. <see cref="Line"/>
/// is the 1-based line (0 when the problem is a missing line: a missing step or member);
/// <see cref="Field"/> the column concerned; <see cref="Code"/> one of <see cref="KeysCodes"/>.
/// </summary>
public sealed record KeysProblem(int Line, string Field, string Code, string Message)
{
    public Instant? Step { get; init; }

    public Prm? Prm { get; init; }
}
