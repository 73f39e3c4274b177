using Encore.People;
using Encore.Tags;
using Encore.Works;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Encore.Data;

internal sealed class WorkConfiguration : IEntityTypeConfiguration<Work>
{
    public void Configure(EntityTypeBuilder<Work> work)
    {
        work.Property(w => w.Title).HasMaxLength(Work.MaxTitleLength);
        work.Property(w => w.Language).HasMaxLength(35);
        work.Property(w => w.ImportSource).HasMaxLength(1000);
        work.HasIndex(w => w.PublishedAt);
        work.HasIndex(w => w.UpdatedAt);
        work.Property(w => w.HiddenReason).HasMaxLength(2000);
        // Existing rows (and any insert that leaves it out) allow guest comments, AO3's default.
        work.Property(w => w.AllowGuestComments).HasDefaultValue(true).HasSentinel(true);
        work.HasMany(w => w.Chapters).WithOne(c => c.Work).HasForeignKey(c => c.WorkId).OnDelete(DeleteBehavior.Cascade);
        work.HasMany(w => w.Creators).WithOne(c => c.Work).HasForeignKey(c => c.WorkId).OnDelete(DeleteBehavior.Cascade);
        work.HasMany(w => w.Gifts).WithOne(g => g.Work).HasForeignKey(g => g.WorkId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class WorkTagConfiguration : IEntityTypeConfiguration<WorkTag>
{
    public void Configure(EntityTypeBuilder<WorkTag> link)
    {
        link.HasKey(l => new { l.WorkId, l.TagId });
        link.HasIndex(l => l.TagId);
        link.HasOne(l => l.Work).WithMany(w => w.Tags).HasForeignKey(l => l.WorkId).OnDelete(DeleteBehavior.Cascade);
        link.HasOne(l => l.Tag).WithMany().HasForeignKey(l => l.TagId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class ChapterConfiguration : IEntityTypeConfiguration<Chapter>
{
    public void Configure(EntityTypeBuilder<Chapter> chapter)
    {
        chapter.Property(c => c.Title).HasMaxLength(Work.MaxTitleLength);
        chapter.HasIndex(c => new { c.WorkId, c.Position });
        chapter.Ignore(c => c.Heading);
    }
}

internal sealed class CreatorshipConfiguration : IEntityTypeConfiguration<Creatorship>
{
    public void Configure(EntityTypeBuilder<Creatorship> creator)
    {
        creator.Property(c => c.ExternalName).HasMaxLength(255);
        creator.HasIndex(c => c.WorkId);
        creator.HasIndex(c => c.PseudId);
        creator.HasIndex(c => c.ExternalName);
        creator.HasOne(c => c.Pseud).WithMany().HasForeignKey(c => c.PseudId).OnDelete(DeleteBehavior.Restrict);
        creator.Ignore(c => c.DisplayName);
        creator.ToTable(t => t.HasCheckConstraint("CK_Creatorships_PseudOrName",
            "\"PseudId\" IS NOT NULL OR \"ExternalName\" IS NOT NULL"));
    }
}

internal sealed class GiftConfiguration : IEntityTypeConfiguration<Gift>
{
    public void Configure(EntityTypeBuilder<Gift> gift)
    {
        gift.Property(g => g.RecipientName).HasMaxLength(255);
        gift.HasIndex(g => g.WorkId);
        gift.HasOne(g => g.RecipientPseud).WithMany().HasForeignKey(g => g.RecipientPseudId).OnDelete(DeleteBehavior.SetNull);
    }
}

internal sealed class PseudConfiguration : IEntityTypeConfiguration<Pseud>
{
    public void Configure(EntityTypeBuilder<Pseud> pseud)
    {
        pseud.Property(p => p.Name).HasMaxLength(Pseud.MaxNameLength);
        pseud.HasIndex(p => new { p.UserId, p.Name }).IsUnique();
        pseud.HasIndex(p => p.Name);
        pseud.HasOne(p => p.User).WithMany(u => u.Pseuds).HasForeignKey(p => p.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class SeriesConfiguration : IEntityTypeConfiguration<Series>
{
    public void Configure(EntityTypeBuilder<Series> series)
    {
        series.Property(s => s.Title).HasMaxLength(Work.MaxTitleLength);
        series.HasMany(s => s.Works).WithOne(l => l.Series).HasForeignKey(l => l.SeriesId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class SeriesWorkConfiguration : IEntityTypeConfiguration<SeriesWork>
{
    public void Configure(EntityTypeBuilder<SeriesWork> link)
    {
        link.HasKey(l => new { l.SeriesId, l.WorkId });
        link.HasIndex(l => l.WorkId);
        link.HasOne(l => l.Work).WithMany(w => w.SeriesLinks).HasForeignKey(l => l.WorkId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class TagConfiguration : IEntityTypeConfiguration<Tag>
{
    // Seed timestamp for the fixed tags: a constant so the model (and its migration snapshot) never drifts.
    private static readonly DateTime Seeded = new(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc);

    public void Configure(EntityTypeBuilder<Tag> tag)
    {
        tag.Property(t => t.Name).HasMaxLength(Tag.MaxNameLength);
        tag.Property(t => t.NormalizedName).HasMaxLength(Tag.MaxNameLength);
        tag.HasIndex(t => t.NormalizedName).IsUnique();
        tag.HasIndex(t => new { t.Type, t.Canonical });
        tag.HasOne(t => t.Merger).WithMany().HasForeignKey(t => t.MergerId).OnDelete(DeleteBehavior.Restrict);
        tag.HasData(FixedTags.All.Select((t, i) => new Tag
        {
            Id = i + 1, Type = t.Type, Name = t.Name, NormalizedName = Tag.Normalize(t.Name), Canonical = true, CreatedAt = Seeded,
        }));
    }
}

internal sealed class TagParentConfiguration : IEntityTypeConfiguration<TagParent>
{
    public void Configure(EntityTypeBuilder<TagParent> link)
    {
        link.HasKey(l => new { l.ChildId, l.ParentId });
        link.HasIndex(l => l.ParentId);
        link.HasOne(l => l.Child).WithMany(t => t.ParentLinks).HasForeignKey(l => l.ChildId).OnDelete(DeleteBehavior.Cascade);
        link.HasOne(l => l.Parent).WithMany(t => t.ChildLinks).HasForeignKey(l => l.ParentId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class ImportedPostConfiguration : IEntityTypeConfiguration<ImportedPost>
{
    public void Configure(EntityTypeBuilder<ImportedPost> post)
    {
        post.Property(p => p.ContentHash).HasMaxLength(64);
        post.Property(p => p.SourceName).HasMaxLength(1000);
        post.Property(p => p.Format).HasMaxLength(10);
        post.HasIndex(p => p.ContentHash).IsUnique();
        post.HasIndex(p => p.WorkId);
        post.HasOne(p => p.Work).WithMany().HasForeignKey(p => p.WorkId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class TagAliasConfiguration : IEntityTypeConfiguration<TagAlias>
{
    public void Configure(EntityTypeBuilder<TagAlias> alias)
    {
        alias.Property(a => a.Alias).HasMaxLength(Tag.MaxNameLength);
        alias.HasIndex(a => new { a.TagId, a.Alias }).IsUnique();
        alias.HasOne(a => a.Tag).WithMany().HasForeignKey(a => a.TagId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class WorkSuggestionConfiguration : IEntityTypeConfiguration<WorkSuggestion>
{
    public void Configure(EntityTypeBuilder<WorkSuggestion> suggestion)
    {
        suggestion.Property(s => s.TagName).HasMaxLength(Tag.MaxNameLength);
        suggestion.HasIndex(s => new { s.WorkId, s.Type, s.TagName }).IsUnique();
        suggestion.HasIndex(s => new { s.TagName, s.Status });
        suggestion.HasOne(s => s.Work).WithMany(w => w.Suggestions).HasForeignKey(s => s.WorkId).OnDelete(DeleteBehavior.Cascade);
    }
}
