using NodaTime;
using static Daisee.Billing.SampleGenerator.Profiles.DayShape;

namespace Daisee.Billing.SampleGenerator.Profiles;

/// <summary>
/// Expected power (W) of shops and trades at a local hour, before noise and before the
/// participant's scale factor. Nominal sizes: shop 24 kVA, restaurant and bakery 36 kVA,
/// pharmacy 15 kVA, hairdresser 12 kVA.
/// </summary>
public static class TradeLoads
{
    /// <summary>Neighbourhood grocery: refrigeration all day, open Mon-Sat 8:30-20:00, Sun 9-13.</summary>
    public static double Shop(double h, DayContext day)
    {
        double refrigeration = 3200 + (90 * day.CoolingDegrees(20, h));
        double open = day.IsPublicHoliday ? 0
            : day.DayOfWeek == IsoDayOfWeek.Sunday ? Window(h, 8.75, 13.25, 0.5)
            : Window(h, 8.0, 20.25, 0.75);
        double heating = 120 * day.HeatingDegrees(15) * Window(h, 7, 20, 1);
        return refrigeration + (3600 * open) + heating;
    }

    /// <summary>Restaurant: closed Monday; lunch and dinner peaks, Sunday lunch only.</summary>
    public static double Restaurant(double h, DayContext day)
    {
        double coldRooms = 2200 + (110 * day.CoolingDegrees(20, h));
        if (day.DayOfWeek == IsoDayOfWeek.Monday)
        {
            return coldRooms;
        }

        bool dinner = day.DayOfWeek != IsoDayOfWeek.Sunday;
        double kitchen = (3500 * Window(h, 9.5, 15.0, 1.0))
            + (12500 * Bump(h, 12.75, 0.8))
            + (dinner ? (2500 * Window(h, 17.5, 23.5, 1.0)) + (11500 * Bump(h, 20.25, 1.0)) : 0);
        double cleaning = dinner ? 2500 * Bump(h, 23.0, 0.5) : 2000 * Bump(h, 15.5, 0.5);
        double climate = (260 * day.CoolingDegrees(24, h) * Window(h, 11, 23.5, 1))
            + (220 * day.HeatingDegrees(15) * Window(h, 10, 23, 1));
        return coldRooms + kitchen + cleaning + climate;
    }

    /// <summary>Bakery: electric ovens from 3:00, closed Wednesday, Sunday morning only.</summary>
    public static double Bakery(double h, DayContext day)
    {
        double cold = 1300 + (60 * day.CoolingDegrees(20, h));
        if (day.DayOfWeek == IsoDayOfWeek.Wednesday)
        {
            return cold;
        }

        bool sunday = day.DayOfWeek == IsoDayOfWeek.Sunday || day.IsPublicHoliday;
        double ovens = (15500 * Window(h, 3.0, 7.75, 0.5)) + (5500 * Bump(h, 10.75, 0.6))
            + (sunday ? 0 : 4500 * Bump(h, 16.0, 0.6));
        double shop = sunday ? 2200 * Window(h, 6.5, 13.25, 0.5) : 2600 * Window(h, 6.5, 19.75, 0.5);
        double heating = 90 * day.HeatingDegrees(14) * Window(h, 6, 19.5, 1);
        return cold + ovens + shop + heating;
    }

    /// <summary>Pharmacy: open Mon-Sat 8:30-19:30, lit cross and fridges all the time.</summary>
    public static double Pharmacy(double h, DayContext day)
    {
        double fridges = 700 + (250 * Window(h, 19.0, 23.0, 0.1)) + (250 * Window(h, 6.5, 8.5, 0.1));
        if (day.IsRestDay)
        {
            return fridges;
        }

        double close = day.DayOfWeek == IsoDayOfWeek.Saturday ? 18.0 : 19.75;
        double open = Window(h, 8.25, close, 0.5);
        double climate = (220 * day.CoolingDegrees(23, h)) + (180 * day.HeatingDegrees(15));
        return fridges + (open * (3000 + climate));
    }

    /// <summary>Hair salon: open Tue-Sat, hair-dryer bursts, water heater after 22:00.</summary>
    public static double Hairdresser(double h, DayContext day)
    {
        double standby = 250 + (2000 * Window(h, 22.0, 24.0, 0.1));
        bool open = day.DayOfWeek is not IsoDayOfWeek.Sunday and not IsoDayOfWeek.Monday && !day.IsPublicHoliday;
        if (!open)
        {
            return standby;
        }

        double close = day.DayOfWeek == IsoDayOfWeek.Saturday ? 17.0 : 19.0;
        double dryers = 1500 * (0.6 + (0.4 * Math.Sin((h * 3.1) + (day.DrawA * 6.0))));
        double climate = (150 * day.CoolingDegrees(24, h)) + (120 * day.HeatingDegrees(15));
        return standby + (Window(h, 8.75, close, 0.5) * (1400 + dryers + climate));
    }
}
