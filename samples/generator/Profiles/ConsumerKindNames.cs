namespace Daisee.Billing.SampleGenerator.Profiles;

/// <summary>The kebab-case names written as <c>kind</c> in collective.json.</summary>
public static class ConsumerKindNames
{
    public static string JsonName(ConsumerKind kind) => kind switch
    {
        ConsumerKind.Office => "office",
        ConsumerKind.Shop => "shop",
        ConsumerKind.Restaurant => "restaurant",
        ConsumerKind.Bakery => "bakery",
        ConsumerKind.Pharmacy => "pharmacy",
        ConsumerKind.Hairdresser => "hairdresser",
        ConsumerKind.MedicalPractice => "medical-practice",
        ConsumerKind.School => "school",
        ConsumerKind.CommunityHall => "community-hall",
        ConsumerKind.Household => "household",
        ConsumerKind.HouseholdDaytime => "household-daytime",
        ConsumerKind.HouseholdElectricHeating => "household-electric-heating",
        ConsumerKind.HouseholdElectricVehicle => "household-electric-vehicle",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "unknown consumer kind"),
    };

    public static bool IsHousehold(ConsumerKind kind) => kind is ConsumerKind.Household
        or ConsumerKind.HouseholdDaytime or ConsumerKind.HouseholdElectricHeating
        or ConsumerKind.HouseholdElectricVehicle;
}
