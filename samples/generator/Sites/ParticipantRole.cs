namespace Daisee.Billing.SampleGenerator.Sites;

public enum ParticipantRole
{
    Producer,
    Consumer,
}
