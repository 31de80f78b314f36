namespace Daisee.Billing.SampleGenerator.Physics;

/// <summary>Day-level sky type, the states of the weather Markov chain.</summary>
public enum SkyState
{
    Sunny = 0,
    PartlyCloudy = 1,
    Overcast = 2,
}
