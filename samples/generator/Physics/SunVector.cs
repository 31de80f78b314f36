namespace Daisee.Billing.SampleGenerator.Physics;

/// <summary>Unit vector towards the sun in local East-North-Up coordinates.</summary>
public readonly record struct SunVector(double East, double North, double Up)
{
    /// <summary>Sine of the solar elevation above the horizon.</summary>
    public double SinElevation => Up;

    public double ElevationDegrees => Math.Asin(Math.Clamp(Up, -1.0, 1.0)) * 180.0 / Math.PI;
}
