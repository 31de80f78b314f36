namespace Daisee.Billing.Worker.Domain;

/// <summary>What a curve measures: energy drawn from the grid or injected into it.</summary>
public enum Direction
{
    Consumption,
    Production,
}
