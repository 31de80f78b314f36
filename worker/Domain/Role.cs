namespace Daisee.Billing.Worker.Domain;

public enum Role
{
    Consumer,
    Producer,
    Storage,
}
