// Anchor object for the embedded .qm resources; qt_add_translations attaches them to this library.
namespace pt::translations {
int anchor = 0;
}
