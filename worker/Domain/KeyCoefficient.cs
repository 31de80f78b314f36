using NodaTime;

namespace Daisee.Billing.Worker.Domain;

/// <summary>
/// One coefficient of a keys file (D315-6): the share (0–1) of the step's production given to
/// <see cref="Consumer"/>, from the pooled production (dynamic-simple, <see cref="Producer"/>
/// null) or from one producer's production (full-dynamic). <see cref="Start"/> is the UTC step start.
/// </summary>
public sealed record KeyCoefficient(Instant Start, Prm? Producer, Prm Consumer, decimal Coefficient, string Source, int Line);
