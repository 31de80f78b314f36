namespace Daisee.Billing.Worker.Domain;

/// <summary>
/// The quantities of the grid operator's definitive ACC split, per PRM and step:
/// consumers CONS = AUTOCONS + COMPLEMENT, producers PROD = AUTOPROD + SURPLUS.
/// </summary>
public enum SplitQuantity
{
    Cons,
    Autocons,
    Complement,
    Prod,
    Autoprod,
    Surplus,
}
