from django.contrib import admin
from django.contrib.auth.admin import UserAdmin as BaseUserAdmin
from modeltranslation.admin import TranslationAdmin

from .models import Organisation, Region, RegionCountry, User
from .services import public_names_changed


@admin.register(User)
class UserAdmin(BaseUserAdmin):
    ordering = ["email"]
    list_display = ["email", "display_name", "country", "stakeholder_group", "is_staff", "is_active"]
    list_filter = ["is_staff", "is_active", "stakeholder_group"]
    list_select_related = ["organisation"]
    search_fields = ["email", "display_name"]
    fieldsets = [
        (None, {"fields": ["email", "password"]}),
        (
            "Profile",
            {
                "fields": [
                    "display_name",
                    "country",
                    "stakeholder_group",
                    "organisation",
                    "preferred_language",
                    "gender",
                    "age_band",
                ]
            },
        ),
        ("Permissions", {"fields": ["is_active", "is_staff", "is_superuser", "groups", "user_permissions"]}),
        ("Dates", {"fields": ["last_login", "date_joined"]}),
    ]
    add_fieldsets = [(None, {"classes": ["wide"], "fields": ["email", "password1", "password2"]})]

    def save_model(self, request, obj, form, change):
        super().save_model(request, obj, form, change)
        if change and "display_name" in form.changed_data:  # e.g. an abusive name replaced by staff
            public_names_changed()


class RegionCountryInline(admin.TabularInline):
    model = RegionCountry
    extra = 0


@admin.register(Region)
class RegionAdmin(TranslationAdmin):
    list_display = ["code", "name", "commission"]
    inlines = [RegionCountryInline]


@admin.register(Organisation)
class OrganisationAdmin(admin.ModelAdmin):
    list_display = ["name", "kind", "country", "agrees_to_be_named"]
    list_filter = ["kind", "agrees_to_be_named"]
    search_fields = ["name"]
