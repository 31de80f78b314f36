namespace Daisee.Billing.SampleGenerator.Profiles;

/// <summary>Typical load shapes; the JSON name is given by <see cref="ConsumerKindNames"/>.</summary>
public enum ConsumerKind
{
    Office,
    Shop,
    Restaurant,
    Bakery,
    Pharmacy,
    Hairdresser,
    MedicalPractice,
    School,
    CommunityHall,
    Household,
    HouseholdDaytime,
    HouseholdElectricHeating,
    HouseholdElectricVehicle,
}
