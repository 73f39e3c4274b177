using Encore.Community;
using Encore.People;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Encore.Data;

internal sealed class UserConfiguration : IEntityTypeConfiguration<User>
{
    public void Configure(EntityTypeBuilder<User> user)
    {
        user.OwnsOne(u => u.Settings, s =>
        {
            s.Property(x => x.FontPercent).HasColumnName("FontPercent").HasDefaultValue(100).HasSentinel(0);
            s.Property(x => x.LineWidth).HasColumnName("LineWidth");
            s.Property(x => x.Theme).HasColumnName("Theme");
            s.Property(x => x.HideAdditionalTags).HasColumnName("HideAdditionalTags");
            s.Property(x => x.BlockSuggestedTags).HasColumnName("BlockSuggestedTags");
        });
        user.Navigation(u => u.Settings).IsRequired();
    }
}

internal sealed class MuteConfiguration : IEntityTypeConfiguration<Mute>
{
    public void Configure(EntityTypeBuilder<Mute> mute)
    {
        mute.HasKey(m => new { m.UserId, m.MutedUserId });
        mute.HasOne<User>().WithMany().HasForeignKey(m => m.UserId).OnDelete(DeleteBehavior.Cascade);
        mute.HasOne(m => m.MutedUser).WithMany().HasForeignKey(m => m.MutedUserId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class BlockedTagConfiguration : IEntityTypeConfiguration<BlockedTag>
{
    public void Configure(EntityTypeBuilder<BlockedTag> block)
    {
        block.HasKey(b => new { b.UserId, b.TagId });
        block.HasOne<User>().WithMany().HasForeignKey(b => b.UserId).OnDelete(DeleteBehavior.Cascade);
        block.HasOne(b => b.Tag).WithMany().HasForeignKey(b => b.TagId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class KudosConfiguration : IEntityTypeConfiguration<Kudos>
{
    public void Configure(EntityTypeBuilder<Kudos> kudos)
    {
        kudos.Property(k => k.GuestKey).HasMaxLength(64);
        // Both databases let many NULLs into a unique index, so each index holds one kind of giver.
        kudos.HasIndex(k => new { k.WorkId, k.UserId }).IsUnique();
        kudos.HasIndex(k => new { k.WorkId, k.GuestKey }).IsUnique();
        kudos.HasIndex(k => k.UserId);
        kudos.HasOne(k => k.Work).WithMany().HasForeignKey(k => k.WorkId).OnDelete(DeleteBehavior.Cascade);
        kudos.HasOne(k => k.User).WithMany().HasForeignKey(k => k.UserId).OnDelete(DeleteBehavior.Cascade);
        kudos.ToTable(t => t.HasCheckConstraint("CK_Kudos_UserOrGuest", "\"UserId\" IS NOT NULL OR \"GuestKey\" IS NOT NULL"));
    }
}

internal sealed class CommentConfiguration : IEntityTypeConfiguration<Comment>
{
    public void Configure(EntityTypeBuilder<Comment> comment)
    {
        comment.Property(c => c.GuestName).HasMaxLength(Comment.MaxGuestNameLength);
        comment.HasIndex(c => new { c.ChapterId, c.CreatedAt });
        comment.HasIndex(c => c.WorkId);
        comment.HasIndex(c => c.PseudId);
        comment.HasOne(c => c.Work).WithMany().HasForeignKey(c => c.WorkId).OnDelete(DeleteBehavior.Cascade);
        // Chapter deletion removes its comments through the work's cascade path below (SQL Server-style multiple
        // cascade paths are not an issue for SQLite/PostgreSQL, but one path keeps the rule simple).
        comment.HasOne(c => c.Chapter).WithMany().HasForeignKey(c => c.ChapterId).OnDelete(DeleteBehavior.Cascade);
        comment.HasOne(c => c.Parent).WithMany().HasForeignKey(c => c.ParentId).OnDelete(DeleteBehavior.Restrict);
        comment.HasOne(c => c.Pseud).WithMany().HasForeignKey(c => c.PseudId).OnDelete(DeleteBehavior.SetNull);
    }
}

internal sealed class BookmarkConfiguration : IEntityTypeConfiguration<Bookmark>
{
    public void Configure(EntityTypeBuilder<Bookmark> bookmark)
    {
        bookmark.Property(b => b.Tags).HasMaxLength(4000);
        bookmark.HasIndex(b => new { b.UserId, b.WorkId }).IsUnique();
        bookmark.HasIndex(b => b.WorkId);
        bookmark.HasOne(b => b.User).WithMany().HasForeignKey(b => b.UserId).OnDelete(DeleteBehavior.Cascade);
        bookmark.HasOne(b => b.Pseud).WithMany().HasForeignKey(b => b.PseudId).OnDelete(DeleteBehavior.Cascade);
        bookmark.HasOne(b => b.Work).WithMany().HasForeignKey(b => b.WorkId).OnDelete(DeleteBehavior.Cascade);
        bookmark.Ignore(b => b.TagList);
    }
}

internal sealed class SubscriptionConfiguration : IEntityTypeConfiguration<Subscription>
{
    public void Configure(EntityTypeBuilder<Subscription> sub)
    {
        sub.HasIndex(s => new { s.UserId, s.WorkId }).IsUnique();
        sub.HasIndex(s => new { s.UserId, s.SeriesId }).IsUnique();
        sub.HasIndex(s => new { s.UserId, s.CreatorId }).IsUnique();
        sub.HasIndex(s => s.WorkId);
        sub.HasIndex(s => s.SeriesId);
        sub.HasIndex(s => s.CreatorId);
        sub.HasOne<User>().WithMany().HasForeignKey(s => s.UserId).OnDelete(DeleteBehavior.Cascade);
        sub.HasOne(s => s.Work).WithMany().HasForeignKey(s => s.WorkId).OnDelete(DeleteBehavior.Cascade);
        sub.HasOne(s => s.Series).WithMany().HasForeignKey(s => s.SeriesId).OnDelete(DeleteBehavior.Cascade);
        sub.HasOne(s => s.Creator).WithMany().HasForeignKey(s => s.CreatorId).OnDelete(DeleteBehavior.Cascade);
        sub.ToTable(t => t.HasCheckConstraint("CK_Subscriptions_OneTarget",
            "(CASE WHEN \"WorkId\" IS NULL THEN 0 ELSE 1 END) + (CASE WHEN \"SeriesId\" IS NULL THEN 0 ELSE 1 END) + (CASE WHEN \"CreatorId\" IS NULL THEN 0 ELSE 1 END) = 1"));
    }
}

internal sealed class InboxItemConfiguration : IEntityTypeConfiguration<InboxItem>
{
    public void Configure(EntityTypeBuilder<InboxItem> item)
    {
        item.HasIndex(i => new { i.UserId, i.CreatedAt });
        item.HasOne<User>().WithMany().HasForeignKey(i => i.UserId).OnDelete(DeleteBehavior.Cascade);
        item.HasOne(i => i.Work).WithMany().HasForeignKey(i => i.WorkId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class ReadingConfiguration : IEntityTypeConfiguration<Reading>
{
    public void Configure(EntityTypeBuilder<Reading> reading)
    {
        reading.HasIndex(r => new { r.UserId, r.WorkId }).IsUnique();
        reading.HasIndex(r => new { r.UserId, r.LastReadAt });
        reading.HasOne<User>().WithMany().HasForeignKey(r => r.UserId).OnDelete(DeleteBehavior.Cascade);
        reading.HasOne(r => r.Work).WithMany().HasForeignKey(r => r.WorkId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class WorkHitConfiguration : IEntityTypeConfiguration<WorkHit>
{
    public void Configure(EntityTypeBuilder<WorkHit> hit)
    {
        hit.Property(h => h.VisitorKey).HasMaxLength(64);
        hit.HasKey(h => new { h.WorkId, h.Day, h.VisitorKey });
        hit.HasIndex(h => h.Day);
        hit.HasOne<Works.Work>().WithMany().HasForeignKey(h => h.WorkId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class AccessTokenConfiguration : IEntityTypeConfiguration<AccessToken>
{
    public void Configure(EntityTypeBuilder<AccessToken> token)
    {
        token.Property(t => t.Name).HasMaxLength(AccessToken.MaxNameLength);
        token.Property(t => t.Key).HasMaxLength(AccessTokens.KeyLength);
        token.Property(t => t.SecretHash).HasMaxLength(32);
        token.HasIndex(t => t.Key).IsUnique();
        token.HasIndex(t => t.UserId);
        // Closing an account deletes its tokens with it.
        token.HasOne<User>().WithMany().HasForeignKey(t => t.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}
