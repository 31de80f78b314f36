namespace Daisee.Billing.SampleGenerator.Profiles;

/// <summary>Expected power (W) of a consumer kind at a local hour, at nominal size.</summary>
public static class LoadModel
{
    public static double ExpectedWatts(ConsumerKind kind, bool offPeakWaterHeater, double localHour, DayContext day)
    {
        ArgumentNullException.ThrowIfNull(day);
        double watts = kind switch
        {
            ConsumerKind.Office => ServiceLoads.Office(localHour, day),
            ConsumerKind.Shop => TradeLoads.Shop(localHour, day),
            ConsumerKind.Restaurant => TradeLoads.Restaurant(localHour, day),
            ConsumerKind.Bakery => TradeLoads.Bakery(localHour, day),
            ConsumerKind.Pharmacy => TradeLoads.Pharmacy(localHour, day),
            ConsumerKind.Hairdresser => TradeLoads.Hairdresser(localHour, day),
            ConsumerKind.MedicalPractice => ServiceLoads.MedicalPractice(localHour, day),
            ConsumerKind.School => ServiceLoads.School(localHour, day),
            ConsumerKind.CommunityHall => ServiceLoads.CommunityHall(localHour, day),
            ConsumerKind.Household => HouseholdLoads.Household(localHour, day),
            ConsumerKind.HouseholdDaytime => HouseholdLoads.HouseholdDaytime(localHour, day),
            ConsumerKind.HouseholdElectricHeating => HouseholdLoads.HouseholdElectricHeating(localHour, day),
            ConsumerKind.HouseholdElectricVehicle => HouseholdLoads.HouseholdElectricVehicle(localHour, day),
            _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "unknown consumer kind"),
        };
        return offPeakWaterHeater ? watts + HouseholdLoads.WaterHeater(localHour, day, 2000) : watts;
    }
}
